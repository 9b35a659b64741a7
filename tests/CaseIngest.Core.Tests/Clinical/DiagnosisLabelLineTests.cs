namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A label line names the diagnosis after a colon or a dash ("Final diagnosis: …", "Diagnosis on admission: …",
/// "Impression: …"); a working, provisional or differential label only weighs it.
/// </summary>
public sealed class DiagnosisLabelLineTests
{
    [Theory]
    [InlineData("Final diagnosis: Langerhans cell histiocytosis.", "langerhans cell histiocytosis")]
    [InlineData("Pathological diagnosis - Langerhans cell histiocytosis of the left parietal bone.", "langerhans cell histiocytosis")]
    [InlineData("Clinical diagnosis: pulmonary embolism.", "pulmonary embolism")]
    [InlineData("Discharge diagnosis: acute pancreatitis.", "pancreatitis")]
    [InlineData("Diagnosis on admission: diabetic ketoacidosis.", "diabetic ketoacidosis")]
    [InlineData("Final clinical diagnosis \u2013 sarcoidosis with hepatic involvement.", "sarcoidosis")]
    [InlineData("Diagnosis: community-acquired pneumonia of the right lower lobe.", "pneumonia")]
    [InlineData("Impression: acute cholecystitis.", "cholecystitis")]
    [InlineData("Principal diagnosis: hemolytic uremic syndrome.", "hemolytic uremic syndrome")]
    [InlineData("Final Diagnosis - Kikuchi-Fujimoto disease.", "kikuchi-fujimoto disease")]
    [InlineData("Diagnosis at discharge: sepsis.", "sepsis")]
    public void ALabelLineNamesItsDiagnosis(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name.Contains(name, StringComparison.Ordinal));

    [Theory]
    [InlineData("Working diagnosis: community-acquired pneumonia.")]
    [InlineData("Provisional diagnosis: pulmonary embolism.")]
    [InlineData("Differential diagnosis: sarcoidosis or tuberculosis.")]
    [InlineData("Age at diagnosis: 46 years.")]
    public void AWeighingLabelOrALabelOfNoConditionNamesNone(string text) =>
        Assert.Empty(ClinicalRun.Run(text).Diagnoses);
}
