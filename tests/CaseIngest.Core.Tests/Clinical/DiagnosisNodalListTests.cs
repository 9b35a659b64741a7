namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// The nodes named in a list of metastatic sites before one "metastases" ("mediastinal nodal and adrenal metastases",
/// "lymph node, bone and liver metastases") are a lymph node metastasis beside each organ's; a denied list names none.
/// </summary>
public sealed class DiagnosisNodalListTests
{
    [Theory]
    [InlineData("The final diagnosis was lung adenocarcinoma with mediastinal nodal and adrenal metastases.")]
    [InlineData("Staging showed hilar lymph node and bone metastases from the renal cell carcinoma.")]
    [InlineData("PET-CT confirmed nodal, hepatic and pulmonary metastases of the melanoma.")]
    [InlineData("She was found to have lymph node and liver metastases of a gastric adenocarcinoma.")]
    public void TheNodesInAListOfMetastaticSitesAreALymphNodeMetastasis(string text) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name == "lymph node metastasis");

    [Theory]
    [InlineData("There were no nodal or distant metastases at diagnosis.")]
    [InlineData("CT showed no lymph node, liver or bone metastases.")]
    [InlineData("Nodal status and liver metastases were not assessed before surgery.")]
    public void ADeniedOrUnlistedNodeIsNoLymphNodeMetastasis(string text) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses, d => d.Name == "lymph node metastasis");
}
