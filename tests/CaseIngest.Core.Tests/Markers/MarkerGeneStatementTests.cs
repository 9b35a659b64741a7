using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// What is said of a gene in general ("KRAS mutations are common in this tumour type", "BRAF V600E is found in half of
/// melanomas") is no result of the patient, while the patient's own alteration stays one; a hotspot written with its
/// gene keeps that gene ("a CARD11 p.E545K variant" is CARD11, not the gene the hotspot is best known in).
/// </summary>
public sealed class MarkerGeneStatementTests
{
    [Theory]
    [InlineData("Case presentation\nA 58-year-old man had a pancreatic adenocarcinoma. KRAS mutations are common in this tumour type.", "KRAS")]
    [InlineData("Case presentation\nA 44-year-old woman had a cutaneous melanoma. BRAF V600E is found in half of melanomas.", "BRAF")]
    [InlineData("Case presentation\nA 61-year-old woman had a low-grade serous carcinoma. NRAS mutations are frequent in this histotype.", "NRAS")]
    [InlineData("Case presentation\nA 37-year-old man had a gastrointestinal stromal tumour. KIT exon 11 deletions are the most common alterations in these tumours.", "KIT")]
    [InlineData("Case presentation\nA 70-year-old man had a cholangiocarcinoma. IDH1 mutations are typical of intrahepatic tumours.", "IDH1")]
    [InlineData("Case presentation\nA 52-year-old woman had a lung adenocarcinoma. EGFR mutations are more common in never-smokers.", "EGFR")]
    public void AStatementAboutAGeneInGeneralIsNoResultOfThePatient(string text, string name) =>
        Assert.DoesNotContain(Engines.Extract(text).Markers, m => m.Name == name);

    [Theory]
    [InlineData("Case presentation\nA 58-year-old man had a pancreatic adenocarcinoma. Sequencing showed a KRAS G12V mutation, which is common in this tumour type.", "KRAS")]
    [InlineData("Case presentation\nA 52-year-old woman had a lung adenocarcinoma. Her tumour harboured an EGFR exon 19 deletion.", "EGFR")]
    [InlineData("Case presentation\nA 61-year-old woman had a serous carcinoma. NRAS was mutated in the tumour, as is frequent in this histotype.", "NRAS")]
    public void ThePatientsOwnAlterationBesideAGeneralClauseStaysAResult(string text, string name) =>
        Assert.Contains(Engines.Extract(text).Markers, m => m.Name == name);

    [Theory]
    [InlineData("Case presentation\nA 64-year-old man had a diffuse large B-cell lymphoma. Sequencing found a CARD11 p.E545K variant.", "CARD11", "PIK3CA")]
    [InlineData("Case presentation\nA 49-year-old woman had an endometrial carcinoma. Sequencing showed a PIK3CB p.E545K mutation.", "PIK3CB", "PIK3CA")]
    [InlineData("Case presentation\nA 55-year-old man had a lung adenocarcinoma. Next-generation sequencing revealed an ERBB4 L858R mutation.", "ERBB4", "EGFR")]
    public void AHotspotWrittenWithItsGeneKeepsThatGene(string text, string gene, string other)
    {
        var markers = Engines.Extract(text).Markers;
        Assert.Contains(markers, m => m.Name == gene);
        Assert.DoesNotContain(markers, m => m.Name == other);
    }

    [Theory]
    [InlineData("Case presentation\nA 57-year-old woman had a breast carcinoma. Sequencing found an E545K mutation.", "PIK3CA")]
    [InlineData("Case presentation\nA 45-year-old man had a melanoma. A V600E mutation was detected.", "BRAF")]
    public void AHotspotWrittenAloneNamesItsGene(string text, string gene) =>
        Assert.Contains(Engines.Extract(text).Markers, m => m.Name == gene);
}
