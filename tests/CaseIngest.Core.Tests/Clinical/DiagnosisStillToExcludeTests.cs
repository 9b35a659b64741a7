namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Diseases a work-up still had to exclude, named as a list before the words that say so ("metastasis, melanoma or a
/// pancreatic tumour should be ruled out"), and one a feature is weighed against ("atypical for ureteral carcinoma")
/// are no diagnoses; the tumour the same sentence names as found stands.
/// </summary>
public sealed class DiagnosisStillToExcludeTests
{
    [Theory]
    [InlineData("The cells were consistent with an adrenocortical neoplasm, but a metastasis or a melanoma or a pancreatic tumour should be ruled out by staining.", "melanoma")]
    [InlineData("Before surgery, lymphoma, sarcoidosis and tuberculosis had to be excluded.", "lymphoma")]
    [InlineData("Before surgery, lymphoma, sarcoidosis and tuberculosis had to be excluded.", "tuberculosis")]
    [InlineData("A pheochromocytoma or a paraganglioma must be excluded before the biopsy.", "pheochromocytoma")]
    [InlineData("The low uptake on PET was, in our view, atypical for urothelial carcinoma.", "urothelial carcinoma")]
    public void ADiseaseStillToExcludeOrArguedAgainstIsNoDiagnosis(string text, string name) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses, d => d.Name.Contains(name, StringComparison.Ordinal));

    [Theory]
    [InlineData("Biopsy confirmed a follicular lymphoma; transformation should be ruled out by a second biopsy.", "follicular lymphoma")]
    [InlineData("Histology showed a melanoma with atypical features for its site.", "melanoma")]
    public void TheDiseaseFoundBesideItStands(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name.Contains(name, StringComparison.Ordinal));
}
