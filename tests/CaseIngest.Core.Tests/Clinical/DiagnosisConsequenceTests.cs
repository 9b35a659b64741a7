namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A disorder the case's own condition led to is a diagnosis of the case, told forwards ("X leading to Y", "X resulted
/// in Y", "X, which caused Y") or backwards ("Y due to X"); a consequence only feared, a symptom, or a denied one is not.
/// </summary>
public sealed class DiagnosisConsequenceTests
{
    [Theory]
    [InlineData("Her cholangitis progressed rapidly, leading to septic shock on the second day.", "septic shock")]
    [InlineData("Massive rhabdomyolysis resulted in acute kidney injury, and hemodialysis was started.", "acute kidney injury")]
    [InlineData("The aspiration pneumonia worsened, which caused acute respiratory failure within hours.", "respiratory failure")]
    [InlineData("A large anterior myocardial infarction had led to cardiogenic shock before admission.", "cardiogenic shock")]
    [InlineData("Tumour lysis caused acute kidney injury on the fourth day.", "acute kidney injury")]
    public void ADisorderTheConditionLedToIsADiagnosis(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name == name && d.Patient == "P1");

    [Theory]
    [InlineData("On the third day she had acute kidney injury due to severe dehydration.", "acute kidney injury")]
    [InlineData("He remained in the unit with respiratory failure caused by bilateral pneumothoraces.", "respiratory failure")]
    public void ADisorderGivenWithItsCauseIsADiagnosis(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name == name && d.Patient == "P1");

    [Theory]
    [InlineData("Untreated, the obstruction may lead to renal failure.")]
    [InlineData("Persistent vomiting led to dehydration and weakness.")]
    [InlineData("There was no acute kidney injury due to the contrast medium.")]
    [InlineData("Fluids were given to prevent acute kidney injury caused by the contrast medium.")]
    public void AConsequenceFearedDeniedOrOnlyASymptomIsNotADiagnosis(string text) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses, d => d.Name is "renal failure" or "acute kidney injury" or "dehydration");
}
