namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// What a biopsy of an organ's lesion or of a node found ("biopsy of the liver lesion showed metastatic adenocarcinoma",
/// "the adrenal mass was metastatic renal cell carcinoma", "the sentinel lymph node was positive for metastatic
/// melanoma") is a metastasis of that organ, or a lymph node metastasis; a finding of no metastatic disease, a node
/// free of it and a tumour that was metastatic elsewhere are none of that organ.
/// </summary>
public sealed class DiagnosisMetastaticFindingTests
{
    [Theory]
    [InlineData("Biopsy of the liver lesion showed metastatic adenocarcinoma.", "liver metastasis")]
    [InlineData("Fine-needle aspiration of the adrenal nodule revealed metastatic carcinoma.", "adrenal metastasis")]
    [InlineData("Core biopsy of a rib lesion demonstrated metastatic breast carcinoma.", "bone metastasis")]
    [InlineData("On biopsy the left adrenal mass was metastatic renal cell carcinoma.", "adrenal metastasis")]
    [InlineData("A skin biopsy of the scalp nodule revealed metastatic melanoma.", "scalp metastasis")]
    [InlineData("The splenic lesion was proven to be metastatic ovarian cancer.", "splenic metastasis")]
    public void WhatABiopsyOfAnOrgansLesionFoundMetastaticIsAMetastasisThere(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name == name);

    [Theory]
    [InlineData("The sentinel lymph node was positive for metastatic melanoma.")]
    [InlineData("Cervical lymph node biopsy revealed metastatic squamous cell carcinoma.")]
    [InlineData("Biopsy of an enlarged supraclavicular lymph node showed metastatic adenocarcinoma.")]
    [InlineData("Two of the 15 lymph nodes harboured metastatic carcinoma.")]
    [InlineData("The resected mesocolic node contained metastatic hepatocellular carcinoma.")]
    [InlineData("The final diagnosis was metastatic HCC to a mesocolic lymph node.")]
    public void WhatANodeWasFoundToHoldMetastaticIsALymphNodeMetastasis(string text) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name == "lymph node metastasis");

    [Theory]
    [InlineData("Biopsy of the liver lesion showed no metastatic disease.", "liver metastasis")]
    [InlineData("None of the 20 lymph nodes contained metastatic carcinoma.", "lymph node metastasis")]
    [InlineData("The lymph nodes showed reactive hyperplasia without metastatic deposits.", "lymph node metastasis")]
    [InlineData("The pancreatic tumor was metastatic to the liver.", "pancreatic metastasis")]
    [InlineData("The sentinel lymph node was negative for metastatic melanoma.", "lymph node metastasis")]
    [InlineData("The adrenal nodule was thought to be metastatic carcinoma.", "adrenal metastasis")]
    public void NoMetastaticFindingOrATumourSpreadElsewhereIsNoneOfThatOrgan(string text, string name) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses, d => d.Name == name);
}
