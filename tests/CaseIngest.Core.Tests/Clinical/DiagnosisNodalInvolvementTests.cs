namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Nodes a solid cancer reached, told as their involvement by it or as their disease ("four nodes were involved by
/// metastatic carcinoma", "para-aortic nodal disease"), are the diagnosis "lymph node metastasis"; nodes found free of it,
/// denied nodal disease and a lymphoma's own nodes are not.
/// </summary>
public sealed class DiagnosisNodalInvolvementTests
{
    private const string Nodal = "lymph node metastasis";

    [Theory]
    [InlineData("A 61-year-old man underwent right hemicolectomy for adenocarcinoma of the ascending colon. Four of eighteen lymph nodes were involved by metastatic carcinoma.")]
    [InlineData("After the modified radical mastectomy, the axillary nodes were extensively replaced by metastatic ductal carcinoma.")]
    [InlineData("A 66-year-old man with squamous cell carcinoma of the oesophagus had mediastinal nodal disease on PET-CT.")]
    [InlineData("A 45-year-old woman with cervical cancer was found to have para-aortic nodal disease.")]
    [InlineData("Staging of the gastric adenocarcinoma showed bulky perigastric nodal disease.")]
    public void NodesReachedByASolidCancerAreANodalMetastasis(string text) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name == Nodal);

    [Theory]
    [InlineData("A 70-year-old woman underwent resection of a gastric adenocarcinoma; no nodes were involved.")]
    [InlineData("A 52-year-old man had a resected rectal adenocarcinoma, and all twelve lymph nodes were negative for malignancy.")]
    [InlineData("Staging CT of the lung adenocarcinoma showed no nodal disease.")]
    [InlineData("A 38-year-old man with diffuse large B-cell lymphoma had bulky mediastinal nodal disease.")]
    [InlineData("None of the fourteen lymph nodes were involved by metastatic carcinoma.")]
    public void NodesFreeOfItOrALymphomasOwnAreNone(string text) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses, d => d.Name == Nodal);
}
