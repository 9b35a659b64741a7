namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A histology whose type is told after it ("carcinoma of the papillary type", "adenocarcinoma of the mucinous
/// subtype") is named by its type ("papillary carcinoma"), not cut at the type's word; an organ after "of the" still
/// names the organ.
/// </summary>
public sealed class DiagnosisHistologicTypeTests
{
    [Theory]
    [InlineData("A 63-year-old woman had a thyroid nodule. Thyroidectomy showed a carcinoma of the papillary type with a follicular pattern.", "papillary carcinoma")]
    [InlineData("Colonoscopy found a polypoid mass, and the biopsy showed an adenocarcinoma of the mucinous type.", "mucinous adenocarcinoma")]
    [InlineData("The nephrectomy specimen showed a renal tumour; histology confirmed a carcinoma of the clear cell subtype.", "clear cell carcinoma")]
    public void AHistologyTypedAfterItIsNamedByItsType(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name.Contains(name, StringComparison.Ordinal));

    [Theory]
    [InlineData("A 63-year-old woman had a thyroid nodule. Thyroidectomy showed a carcinoma of the papillary type with a follicular pattern.")]
    [InlineData("Colonoscopy found a polypoid mass, and the biopsy showed an adenocarcinoma of the mucinous type.")]
    public void TheTypesWordIsNoOrgan(string text) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses, d => d.Name.Contains(" of the", StringComparison.Ordinal));

    [Theory]
    [InlineData("Biopsy of the tongue lesion showed squamous cell carcinoma of the oral cavity.", "squamous cell carcinoma of the oral cavity")]
    [InlineData("Resection confirmed an adenocarcinoma of the appendix with mucin pools.", "appendiceal adenocarcinoma")]
    public void AnOrganAfterTheHistologyStillNamesTheOrgan(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name.Contains(name, StringComparison.Ordinal));
}
