namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A recurrence named as what a measure prevents, detects or watches for ("effective in preventing recurrence", "helpful
/// in identifying relapses", "for the early detection of recurrence") has not happened and is no outcome; a recurrence a
/// test found in the past tense, and one denied while the patient was watched, stay what they are.
/// </summary>
public sealed class OutcomeWatchedRecurrenceTests
{
    [Theory]
    [InlineData("Wide excision with clear margins remains the most reliable way of preventing local recurrence.")]
    [InlineData("Serial measurement of the tumour marker is helpful in identifying relapses before symptoms appear.")]
    [InlineData("Liver ultrasound every six months is advised for the early detection of recurrence in these tumours.")]
    [InlineData("Adjuvant hormonal therapy was started with the aim of averting a distant relapse.")]
    [InlineData("The team arranged yearly imaging for monitoring for a local recurrence of the sarcoma.")]
    public void ARecurrenceAMeasureWatchesForIsNoOutcome(string text)
    {
        Assert.DoesNotContain(ClinicalRun.Run(text).Outcomes, o => o.Kind == "recurrence");
    }

    [Theory]
    [InlineData("Eight months after the operation, pelvic imaging identified a recurrence of the carcinoma.")]
    [InlineData("Despite maintenance therapy meant to keep the myeloma in check, the disease relapsed after ten months.")]
    public void ARecurrenceThatHappenedStaysARecurrence(string text)
    {
        Assert.Contains(ClinicalRun.Run(text).Outcomes, o => o.Kind == "recurrence");
    }

    [Fact]
    public void ARecurrenceDeniedWhileWatchedIsFreedomFromDisease()
    {
        var outcomes = ClinicalRun.Run("She had resection of the melanoma and was followed for four years without detecting any recurrence.").Outcomes;
        Assert.Contains(outcomes, o => o.Kind == "no-evidence-of-disease");
        Assert.DoesNotContain(outcomes, o => o.Kind == "recurrence");
    }
}
