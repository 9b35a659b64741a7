namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A disease named as the reason for an admission, a transplant or an intervention, or as a link of a causal chain,
/// is a diagnosis of the case; conditions the lexicons lacked before (shock, crises, inherited diseases) are named.
/// </summary>
public sealed class DiagnosisReasonTests
{
    [Theory]
    [InlineData("A 70-year-old woman was admitted to the regional hospital because of septic shock.", "septic shock")]
    [InlineData("He was transferred to the coronary care unit for a cardiogenic shock.", "cardiogenic shock")]
    [InlineData("A 25-year-old man was hospitalized with an adrenal crisis precipitated by gastroenteritis.", "adrenal crisis")]
    [InlineData("She had received a single lung transplant for cystic fibrosis at the age of 30 years.", "cystic fibrosis")]
    [InlineData("On the fourth day he was intubated due to respiratory failure.", "respiratory failure")]
    [InlineData("She was admitted with an adrenal crisis triggered by a community-acquired pneumonia.", "pneumonia")]
    public void ADiseaseGivenAsTheReasonOrCauseIsADiagnosis(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name == name && d.Patient == "P1");

    [Theory]
    [InlineData("The patient was treated in the ICU for refractory cardiogenic shock complicating myocardial infarction.", "myocardial infarction")]
    [InlineData("Ten days later he developed multiple organ failure and died.", "multiorgan failure")]
    [InlineData("The kidney biopsy showed findings compatible with renal cortical necrosis.", "renal cortical necrosis")]
    public void AConditionTheCourseLeadsToIsADiagnosis(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name == name && d.Patient == "P1");

    [Theory]
    [InlineData("He was admitted with fever, productive cough and dyspnea.")]
    [InlineData("She was admitted for evaluation of suspected pneumonia.")]
    [InlineData("Chemotherapy was delayed due to fatigue and nausea.")]
    public void AReasonThatIsASymptomOrASuspicionIsNotADiagnosis(string text) =>
        Assert.Empty(ClinicalRun.Run(text).Diagnoses);
}
