namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A disease named as the target of a vaccine, as an item of the medical history, as a condition of a time years before
/// the case, or as the finding another diagnosis explains ("X was diagnosed as Y") is not a diagnosis of the case.
/// </summary>
public sealed class DiagnosisNotTheDiseaseTests
{
    [Theory]
    [InlineData("He had received two courses of hepatitis B virus (HBV) vaccinations without seroconversion.", "hepatitis b")]
    [InlineData("The patient's medical history included hypertension and hypothyroidism.", "hypothyroidism")]
    [InlineData("Her recurrent pneumonia was diagnosed as aspiration due to a swallowing disorder.", "pneumonia")]
    public void AVaccineTargetAHistoryItemOrAFindingExplainedByAnotherDiagnosisIsNotADiagnosis(string text, string name) =>
        Assert.DoesNotContain(name, ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));

    [Theory]
    [InlineData("Three years ago she was diagnosed with a pulmonary embolism and treated with warfarin.", "pulmonary embolism")]
    [InlineData("Ten years earlier, he had been treated for infective endocarditis with penicillin.", "infective endocarditis")]
    [InlineData("About 2 years prior, she presented with bilateral uveitis and arthralgia.", "uveitis")]
    public void AConditionOfATimeYearsBeforeTheCaseIsNotADiagnosis(string text, string name) =>
        Assert.DoesNotContain(name, ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));

    [Theory]
    [InlineData("Two years ago she was diagnosed with breast cancer and treated with mastectomy.", "breast cancer")]
    [InlineData("Two years after the transplant he was diagnosed with pneumonia.", "pneumonia")]
    [InlineData("She had a mastectomy five years ago, and now she was diagnosed with pneumonia.", "pneumonia")]
    public void ACancerOfEarlierYearsOrAConditionOfThePresentStaysADiagnosis(string text, string name) =>
        Assert.Contains(name, ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));
}
