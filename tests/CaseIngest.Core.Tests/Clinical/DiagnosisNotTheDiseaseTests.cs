namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A disease named as the target of a vaccine, as an item of the medical history, or as the finding another diagnosis
/// explains ("X was diagnosed as Y") is not a diagnosis of the case.
/// </summary>
public sealed class DiagnosisNotTheDiseaseTests
{
    [Theory]
    [InlineData("He had received two courses of hepatitis B virus (HBV) vaccinations without seroconversion.", "hepatitis b")]
    [InlineData("The patient's medical history included hypertension and hypothyroidism.", "hypothyroidism")]
    [InlineData("Her recurrent pneumonia was diagnosed as aspiration due to a swallowing disorder.", "pneumonia")]
    public void AVaccineTargetAHistoryItemOrAFindingExplainedByAnotherDiagnosisIsNotADiagnosis(string text, string name) =>
        Assert.DoesNotContain(name, ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));
}
