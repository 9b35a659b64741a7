namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A histology written with the organ it arose in, after it ("endometrioid carcinoma of the ovary", "adenocarcinoma of
/// the right lung") or before it ("ovarian endometrioid carcinoma"), is the cancer of that organ: its name keeps the
/// histology and its OncoTree node is the organ's node of that histology.
/// </summary>
public sealed class DiagnosisHistologyAtSiteTests
{
    [Theory]
    [InlineData("Histology of the resected adnexa showed endometrioid carcinoma of the ovary.", "endometrioid carcinoma", "EOV")]
    [InlineData("She was diagnosed with ovarian endometrioid carcinoma.", "endometrioid carcinoma", "EOV")]
    [InlineData("He was diagnosed with clear cell carcinoma of the ovary.", "clear cell", "CCOV")]
    [InlineData("Nephrectomy confirmed clear cell carcinoma of the kidney.", "clear cell", "CCRCC")]
    [InlineData("Fine needle aspiration confirmed papillary carcinoma of the thyroid.", "papillary", "THPA")]
    [InlineData("Transurethral resection showed high-grade urothelial carcinoma of the bladder.", "urothelial carcinoma", "BLCA")]
    [InlineData("The hysterectomy specimen revealed serous carcinoma of the endometrium.", "serous carcinoma", "USC")]
    [InlineData("Bronchoscopic biopsy showed adenocarcinoma of the right lung.", "adenocarcinoma", "LUAD")]
    [InlineData("Appendectomy revealed mucinous adenocarcinoma of the appendix.", "mucinous adenocarcinoma", "MAAP")]
    [InlineData("Needle biopsy demonstrated small cell carcinoma of the prostate.", "small cell carcinoma", "PRSCC")]
    [InlineData("Pathology confirmed medullary carcinoma of the thyroid.", "medullary", "THME")]
    [InlineData("Colonoscopic biopsy showed moderately differentiated adenocarcinoma of the sigmoid colon.", "adenocarcinoma", "COAD")]
    [InlineData("Resection confirmed adenocarcinoma of the ascending colon.", "adenocarcinoma", "COAD")]
    public void AHistologyAtItsOrganIsThatOrgansCancer(string text, string name, string code)
    {
        var diagnosis = Assert.Single(ClinicalRun.Run(text).Diagnoses);
        Assert.Contains(name, diagnosis.Name, StringComparison.Ordinal);
        Assert.Equal(code, diagnosis.Oncotree?.Code);
    }

    [Theory]
    [InlineData("Segmental resection showed a poorly differentiated adenocarcinoma of the small bowel.", "small bowel adenocarcinoma")]
    [InlineData("He was found to have an adenocarcinoma of the small intestine with nodal spread.", "small intestinal adenocarcinoma")]
    [InlineData("Capsule endoscopy and biopsy revealed adenocarcinoma of the small bowel.", "small bowel adenocarcinoma")]
    public void AHistologyOfTheSmallBowelIsNamedByItsOrgan(string text, string name) =>
        Assert.Equal(name, Assert.Single(ClinicalRun.Run(text).Diagnoses).Name);

    [Theory]
    [InlineData("She had squamous cell carcinoma of the oral cavity.", "squamous cell carcinoma of the oral cavity")]
    [InlineData("He had urothelial carcinoma of the bladder.", "urothelial carcinoma")]
    [InlineData("A neuroendocrine carcinoma of the liver was found.", "hepatic neuroendocrine carcinoma")]
    [InlineData("Biopsy revealed squamous cell carcinoma of the floor of the mouth.", "squamous cell carcinoma")]
    public void NamesThatWorkTodayKeepTheirWording(string text, string name) =>
        Assert.Equal(name, Assert.Single(ClinicalRun.Run(text).Diagnoses).Name);
}
