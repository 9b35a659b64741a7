namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A recurrence the patient fears or worries about ("a persistent fear of recurrence", "anxious about a relapse") has not
/// happened and is no outcome; a recurrence that was found, even beside the fear, stays one.
/// </summary>
public sealed class OutcomeFearedRecurrenceTests
{
    [Theory]
    [InlineData("At follow-up after the wide excision of her sarcoma, she described a persistent fear of recurrence and was referred for counselling.")]
    [InlineData("He remained anxious about a relapse of the lymphoma and asked for more frequent scans.")]
    [InlineData("Fear of cancer recurrence limited her return to work in the first year after the mastectomy.")]
    [InlineData("She was worried about recurrence of the melanoma because her father had died of the disease.")]
    public void AFearedRecurrenceIsNoOutcome(string text) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Outcomes, o => o.Kind == "recurrence");

    [Theory]
    [InlineData("Despite her fear of recurrence, she missed two visits, and a local recurrence was found in the scar eighteen months after the excision.")]
    [InlineData("The sarcoma recurred in the thigh fourteen months after surgery.")]
    public void ARecurrenceFoundStaysOne(string text) =>
        Assert.Contains(ClinicalRun.Run(text).Outcomes, o => o.Kind == "recurrence");
}
