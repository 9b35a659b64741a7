namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// An opinion that only leans towards a neoplasm ("was thought to be", "thought to represent", "in favour of") does not
/// diagnose it; the same neoplasm stated plainly later, or an opinion that is a finding, still does.
/// </summary>
public sealed class DiagnosisHedgedOpinionTests
{
    [Theory]
    [InlineData("On ultrasound the nodule was thought to be a follicular adenoma.", "adenoma")]
    [InlineData("The enhancing lesions were thought to be hepatic metastases and no biopsy was taken.", "metastas")]
    [InlineData("The cystic mass was thought to represent a mucinous cystadenoma.", "cystadenoma")]
    [InlineData("Cytology of the effusion was in favor of a mesothelioma.", "mesothelioma")]
    [InlineData("The radiological appearance was in favour of an oligodendroglioma.", "oligodendroglioma")]
    public void AnOpinionLeaningTowardsANeoplasmIsNoDiagnosis(string text, string name) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses, d => d.Name.Contains(name, StringComparison.Ordinal));

    [Theory]
    [InlineData("The nodule was thought to be benign. Resection showed a follicular carcinoma.", "follicular")]
    [InlineData("A mesothelioma was thought unlikely; the pleural biopsy showed a metastatic adenocarcinoma.", "adenocarcinoma")]
    [InlineData("Cytology was in favor of malignancy, and the excised node showed a classic Hodgkin lymphoma.", "hodgkin lymphoma")]
    [InlineData("The decision was made in favour of surgery for the confirmed rectal adenocarcinoma.", "adenocarcinoma")]
    public void ANeoplasmStatedBesideSuchAnOpinionStillIs(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name.Contains(name, StringComparison.Ordinal));
}
