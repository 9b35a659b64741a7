namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// The course of the disease the report diagnoses when it is no cancer (a vasculitis, a haemorrhage), told as a
/// relapse or a denied recurrence; remission words against response words; times written as a hospital day, a time
/// to progression or a survival counted from an event; new metastases after treatment.
/// </summary>
public sealed class OutcomeDiseaseCourseTests
{
    [Theory]
    [InlineData("She was diagnosed with ANCA-associated vasculitis and was treated with rituximab. Nine months later, the vasculitis relapsed.")]
    [InlineData("A diagnosis of diffuse alveolar hemorrhage was made. When the steroids were tapered, there was a recurrence of diffuse alveolar hemorrhage.")]
    public void ARelapseOfTheDiagnosedDiseaseIsARecurrence(string text) =>
        Assert.Contains(ClinicalRun.Run(text).Outcomes, o => o.Kind == "recurrence");

    [Fact]
    public void ADeniedRecurrenceOfTheDiagnosedDiseaseIsNoEvidenceOfDisease() =>
        Assert.Equal("no-evidence-of-disease", Assert.Single(ClinicalRun.Run(
            "A diagnosis of diffuse alveolar hemorrhage was made. There was no recurrence of diffuse alveolar hemorrhage during follow-up.").Outcomes).Kind);

    [Theory]
    [InlineData("CT after three cycles showed complete remission of the lung nodules.", "remission")]
    [InlineData("MRI after two months showed near complete remission of the leptomeningeal lesions.", "partial-response")]
    [InlineData("CT after five cycles showed partial remission of the brain metastasis.", "partial-response")]
    public void RemissionWordsNameTheirKind(string text, string kind) =>
        Assert.Equal(kind, Assert.Single(ClinicalRun.Run(text).Outcomes).Kind);

    [Theory]
    [InlineData("The patient died on postoperative day 12.", "death", 12.0, "day")]
    [InlineData("The time to progression was 8 months.", "progression-free-survival", 8.0, "month")]
    [InlineData("Her survival from diagnosis was 20 months.", "overall-survival", 20.0, "month")]
    [InlineData("She remains alive 30 months after diagnosis.", "overall-survival", 30.0, "month")]
    public void ReadsTheTimeWrittenWithTheOutcome(string text, string kind, double value, string unit)
    {
        var outcome = Assert.Single(ClinicalRun.Run(text).Outcomes);
        Assert.Equal((kind, value, unit), (outcome.Kind, outcome.Value!.Value, outcome.Unit!));
    }

    [Fact]
    public void ADiseaseFreeSurvivalFromAnEventIsNoOverallSurvival() =>
        Assert.DoesNotContain(ClinicalRun.Run("Her disease-free survival from surgery was 20 months.").Outcomes, o => o.Kind == "overall-survival");

    [Fact]
    public void AGoodResponseWithoutSizeOrCategoryIsNoOutcome() =>
        Assert.Empty(ClinicalRun.Run("The patient responded well to pemetrexed.", "pemetrexed").Outcomes);

    [Theory]
    [InlineData("Follow-up CT after four cycles of pemetrexed showed new liver metastases.")]
    [InlineData("Three months after starting sunitinib, MRI revealed new brain metastases.")]
    public void NewMetastasesAfterTreatmentAreProgression(string text) =>
        Assert.Equal("progressive-disease", Assert.Single(ClinicalRun.Run(text, text.Contains("sunitinib", StringComparison.Ordinal) ? "sunitinib" : "pemetrexed").Outcomes).Kind);
}
