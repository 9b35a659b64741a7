namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A condition told as newly or recently diagnosed, or as proven by a biopsy, is diagnosed in the patient ("with newly
/// diagnosed nephrotic syndrome", "recently diagnosed pulmonary hypertension", "biopsy-proven giant cell arteritis"); one merely
/// named after "with", and one only recently suspected, are not.
/// </summary>
public sealed class DiagnosisNewlyDiagnosedTests
{
    [Theory]
    [InlineData("A 52-year-old woman with newly diagnosed nephrotic syndrome was referred to our clinic.", "nephrotic syndrome")]
    [InlineData("A 33-year-old man with recently diagnosed pulmonary hypertension underwent right heart catheterization.", "pulmonary hypertension")]
    [InlineData("A 61-year-old man with newly diagnosed pulmonary embolism was started on apixaban.", "pulmonary embolism")]
    [InlineData("A 74-year-old woman with biopsy-proven giant cell arteritis was started on prednisone.", "giant cell arteritis")]
    [InlineData("A 28-year-old woman with histologically proven celiac disease presented with anemia.", "celiac disease")]
    public void ANewlyDiagnosedOrBiopsyProvenConditionIsADiagnosis(string text, string name) =>
        Assert.Contains(name, ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));

    [Theory]
    [InlineData("A 52-year-old woman with nephrotic syndrome was referred to our clinic.")]
    [InlineData("A 33-year-old man with recently suspected pulmonary hypertension underwent right heart catheterization.")]
    [InlineData("A 61-year-old man with a newly diagnosed lung nodule was seen; pulmonary embolism was excluded.")]
    [InlineData("Patients with newly diagnosed nephrotic syndrome often have marked edema.")]
    public void AConditionOnlyNamedOrSuspectedIsNot(string text) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses, d => d.Name is "nephrotic syndrome" or "pulmonary hypertension" or "pulmonary embolism");
}
