namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Conditions the patient brings to the case are not its diagnoses: a past history ("with a history of type 2
/// diabetes"), a condition held for years ("had hypothyroidism for 15 years"); a short history of a new complaint and
/// a condition the case reports stay, as do cancers in the history.
/// </summary>
public sealed class DiagnosisComorbidityTests
{
    [Theory]
    [InlineData("A 70-year-old man with a history of type 2 diabetes, hypertension and smoking presented with cough.")]
    [InlineData("Her past history included a history of hypothyroidism treated with levothyroxine.")]
    [InlineData("He had type 2 diabetes for more than 10 years and took metformin.")]
    [InlineData("She had psoriasis for over twenty years, treated topically.")]
    [InlineData("He had long-standing sarcoidosis.")]
    public void AConditionHeldBeforeTheCaseIsNotADiagnosis(string text) =>
        Assert.Empty(ClinicalRun.Run(text).Diagnoses);

    [Theory]
    [InlineData("He presented with a 3-week history of colitis.", "colitis")]
    [InlineData("After four cycles she developed type 1 diabetes mellitus with ketoacidosis.", "type 1 diabetes mellitus")]
    [InlineData("He had a history of melanoma excised in 2015.", "melanoma")]
    public void ANewComplaintAndAPriorCancerStayDiagnoses(string text, string name) =>
        Assert.Contains(name, ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));

    [Theory]
    [InlineData("Endoscopy showed an ulcerative colitis-mimicking colitis.", "ulcerative colitis")]
    [InlineData("Two weeks later she developed a psoriasis-like rash on both arms.", "psoriasis")]
    [InlineData("Imaging showed a lymphoma-mimicking mass in the mediastinum.", "lymphoma")]
    public void ADiseaseNamedOnlyAsTheLikenessOfAnotherIsNotThatDisease(string text, string name) =>
        Assert.DoesNotContain(name, ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));

    [Theory]
    [InlineData("A man in his sixties had been followed for liver cirrhosis at our outpatient clinic for years.", "liver cirrhosis")]
    [InlineData("She had regularly visited the hepatology clinic because of chronic hepatitis B.", "hepatitis b")]
    public void AConditionThePatientWasAlreadyFollowedForIsAComorbidity(string text, string name) =>
        Assert.DoesNotContain(name, ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));

    [Theory]
    [InlineData("A hepatitis screen and a chest radiograph were obtained before rituximab.", "hepatitis")]
    [InlineData("She had completed hepatitis B vaccination before the transplant.", "hepatitis b")]
    [InlineData("Tuberculosis testing was arranged before infliximab was started.", "tuberculosis")]
    public void ADiseaseNamingATestOrVaccineIsNotADiagnosis(string text, string name) =>
        Assert.DoesNotContain(name, ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));

    [Fact]
    public void ADiseaseTheTestsConfirmStaysADiagnosis() =>
        Assert.Contains("tuberculosis", ClinicalRun.Run("Sputum cultures confirmed pulmonary tuberculosis and four-drug therapy was started.").Diagnoses.Select(d => d.Name));
}
