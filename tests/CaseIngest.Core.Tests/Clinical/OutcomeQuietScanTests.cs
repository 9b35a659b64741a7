namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A scan that finds no disease left by what it measures ("no FDG-avid disease", "no measurable disease", "no
/// metabolically active tumour") says the patient is free of disease; the same words in a condition of a plan do not.
/// </summary>
public sealed class OutcomeQuietScanTests
{
    [Theory]
    [InlineData("A follow-up PET-CT after six cycles of ABVD showed no FDG-avid disease.")]
    [InlineData("At restaging there was no measurable disease on CT.")]
    [InlineData("PET/CT one year later demonstrated no metabolically active tumour.")]
    [InlineData("The 18-month scan showed no detectable residual disease.")]
    public void AScanWithoutMeasurableDiseaseIsNoEvidenceOfDisease(string text) =>
        Assert.Contains(ClinicalRun.Run(text).Outcomes, o => o.Kind == "no-evidence-of-disease");

    [Theory]
    [InlineData("If PET shows no FDG-avid disease, radiotherapy will be omitted.")]
    [InlineData("Should the scan show no measurable disease, observation alone may be considered.")]
    public void AHypotheticalScanIsNoOutcome(string text) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Outcomes, o => o.Kind == "no-evidence-of-disease");
}
