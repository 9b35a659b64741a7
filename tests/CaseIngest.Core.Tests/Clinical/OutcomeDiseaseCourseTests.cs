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
}
