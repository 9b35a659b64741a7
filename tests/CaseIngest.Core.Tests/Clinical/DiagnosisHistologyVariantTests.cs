namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Histologies a report names by an older or a compound name: a goblet cell carcinoid (the goblet cell adenocarcinoma of
/// the appendix) is named as written, a mixed adenoneuroendocrine carcinoma is its own cancer, and a differentiation or a feature told after
/// a named cancer ("with neuroendocrine differentiation", "with sarcomatoid features") leaves the cancer as named; goblet
/// cells and an ordinary carcinoid are none of these.
/// </summary>
public sealed class DiagnosisHistologyVariantTests
{
    [Theory]
    [InlineData("A 47-year-old man underwent appendectomy. Pathology revealed a goblet cell carcinoid of the appendix.", "goblet cell carcinoid")]
    [InlineData("Histology of the appendix showed a goblet cell carcinoid tumour infiltrating the serosa.", "goblet cell carcinoid")]
    [InlineData("A 55-year-old man underwent right hemicolectomy. Histology showed a mixed adenoneuroendocrine carcinoma of the ascending colon.", "mixed adenoneuroendocrine carcinoma")]
    [InlineData("The resected specimen was diagnosed as gastric MANEC.", "mixed adenoneuroendocrine carcinoma")]
    [InlineData("A 60-year-old man underwent gastrectomy. Histology showed gastric adenocarcinoma with neuroendocrine differentiation.", "gastric adenocarcinoma")]
    [InlineData("Nephrectomy showed clear cell renal cell carcinoma with sarcomatoid features.", "clear cell renal cell carcinoma")]
    public void AHistologyNamedByAnOlderOrCompoundNameIsThatCancer(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name == name);

    [Theory]
    [InlineData("Goblet cells were abundant in the crypts of the appendix, with no atypia.", "goblet cell carcinoid")]
    [InlineData("A 2 mm carcinoid tumour was found at the tip of the appendix.", "goblet cell carcinoid")]
    [InlineData("The tumour was a conventional adenocarcinoma; no neuroendocrine component was seen.", "mixed adenoneuroendocrine carcinoma")]
    public void GobletCellsOrAnOrdinaryCarcinoidAreNoneOfThem(string text, string name) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses, d => d.Name == name);
}
