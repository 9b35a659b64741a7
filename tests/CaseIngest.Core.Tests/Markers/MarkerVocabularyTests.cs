using CaseIngest.Core.Extraction.Markers;
using CaseIngest.Core.Lexicons;
using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>Any HGNC gene or CD antigen in a marker context, normalised to its approved symbol; variants, copy number and serum values.</summary>
public sealed class MarkerVocabularyTests
{
    [Theory]
    [InlineData("Panel sequencing identified a pathogenic ERCC2 mutation.", "ERCC2", "ERCC2", "mutated")]
    [InlineData("The lymphoma cells were positive for CD23 and negative for cyclin D1.", "CD23", "FCER2", "positive")]
    [InlineData("The blasts expressed CD33 and were negative for CD19.", "CD19", "CD19", "negative")]
    [InlineData("Immunohistochemistry showed HER3 overexpression in the tumour.", "ERBB3", "ERBB3", "positive")]
    [InlineData("The tumour cells were diffusely positive for SATB2.", "SATB2", "SATB2", "positive")]
    public void RecognisesAnyGeneOrCdAntigenAndNormalisesItToHgnc(string text, string name, string gene, string result)
    {
        var fact = MarkerListTests.Single(text, name);
        Assert.Equal(gene, fact.Gene);
        Assert.Equal(result, fact.Result);
    }

    [Theory]
    [InlineData("A CT scan of the chest was negative for metastases.")]
    [InlineData("The JAMA editorial was positive about the approach.")]
    [InlineData("Her ACTH level was normal and the cortisol was elevated.")]
    [InlineData("The CD4 count was 350 cells per microlitre.")]
    public void AWordThatOnlyLooksLikeAGeneIsNotAMarker(string text)
    {
        Assert.Empty(Engines.Extract(text).Markers);
    }

    [Fact]
    public void EveryGeneOfTheLexiconIsAnApprovedHgncSymbol()
    {
        var genes = HgncGenes.LoadDefault();
        var lexicon = MarkerLexicon.LoadDefault();
        Assert.True(lexicon.Genes().Count() > 100);
        foreach (var gene in lexicon.Genes())
        {
            Assert.True(genes.IsApproved(gene), $"{gene} is not an approved HGNC symbol");
        }

        Assert.True(genes.IsApproved("NKX2-1"));
        Assert.False(genes.IsApproved("TTF-1"));
        Assert.Equal("MS4A1", genes.Resolve("CD20"));
        Assert.Equal("CD274", genes.Resolve("PD-L1"));
    }

    [Fact]
    public void RejectsACuratedMarkerWhoseGeneIsNotApproved()
    {
        var error = Assert.Throws<LexiconException>(() => MarkerLexicon.Load(
            [(9, "TTF-1\tTTF-1\tstain\t-\t-\tTTF-1")], "markers.tsv", [], "marker-cues.tsv", HgncGenes.LoadDefault()));
        Assert.Contains("markers.tsv:9", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Sequencing detected BRAF c.1799T>A (p.V600E) in the tumour.", "BRAF", "V600E", "mutated")]
    [InlineData("Sequencing detected BRAF p.(Val600Glu) in the tumour.", "BRAF", "V600E", "mutated")]
    [InlineData("NGS found an EGFR p.E746_A750del in the biopsy.", "EGFR", "E746_A750del", "mutated")]
    [InlineData("NGS found a BRAF K601E mutation.", "BRAF", "K601E", "mutated")]
    [InlineData("Sequencing showed a TP53 nonsense variant (p.R213*).", "TP53", "R213*", "mutated")]
    [InlineData("Sequencing showed an APC p.T1556Nfs*3 frameshift.", "APC", "T1556Nfs*3", "mutated")]
    [InlineData("A germline PALB2 pathogenic variant was identified.", "PALB2", null, "mutated")]
    [InlineData("Sequencing showed an RB1 loss-of-function mutation.", "RB1", null, "mutated")]
    [InlineData("RNA sequencing revealed a KIF5B-RET fusion.", "RET", "KIF5B", "rearranged")]
    [InlineData("NGS detected BRCA2 c.6944T > C in the tumour.", "BRCA2", "c.6944T>C", "mutated")]
    [InlineData("Sequencing found a BRCA2 c.7008\u20102A>C splice variant.", "BRCA2", "c.7008-2A>C", "mutated")]
    [InlineData("FISH was positive for ALK rearrangement.", "ALK", null, "rearranged")]
    public void ReadsVariantsInHgvsAndLegacyNotation(string text, string name, string? variant, string result)
    {
        var fact = MarkerListTests.Single(text, name);
        Assert.Equal(variant, fact.Variant);
        Assert.Equal(result, fact.Result);
    }

    [Theory]
    [InlineData("FISH showed ERBB2 amplification in the tumour.", "HER2", "amplified", null)]
    [InlineData("MDM2 was amplified by FISH.", "MDM2", "amplified", "FISH")]
    [InlineData("Sequencing revealed a CDKN2A homozygous deletion.", "CDKN2A", "lost", null)]
    [InlineData("The panel showed a copy number gain of MYC.", "MYC", "amplified", null)]
    public void ReadsCopyNumberGainsAndLosses(string text, string name, string result, string? method)
    {
        var fact = MarkerListTests.Single(text, name);
        Assert.Equal(result, fact.Result);
        if (method is not null)
        {
            Assert.Equal(method, fact.Method);
        }
    }

    [Theory]
    [InlineData("Serum CEA was 45 ng/mL at presentation.", "CEA", 45.0, "ng/mL", null)]
    [InlineData("Her CA19-9 was elevated at 1,200 U/mL.", "CA 19-9", 1200.0, "U/mL", "high")]
    [InlineData("The serum β-hCG was 350 mIU/mL.", "beta-hCG", 350.0, "mIU/mL", null)]
    [InlineData("Laboratory tests showed an elevated AFP of 2,450 ng/mL.", "AFP", 2450.0, "ng/mL", "high")]
    [InlineData("The PSA level was 12.4 ng/mL.", "PSA", 12.4, "ng/mL", null)]
    public void ReadsSerumTumourMarkersWithTheirValues(string text, string name, double value, string unit, string? result)
    {
        var fact = MarkerListTests.Single(text, name);
        Assert.Equal(value, fact.Value);
        Assert.Equal(unit, fact.Unit);
        Assert.Equal(result, fact.Result);
    }

    [Theory]
    [InlineData("Tumour markers CEA and CA 19-9 were within normal limits.", "CEA", "negative")]
    [InlineData("Tumour markers CEA and CA 19-9 were within normal limits.", "CA 19-9", "negative")]
    [InlineData("Serum alpha-fetoprotein, CEA and cancer antigen 19–9 were all unremarkable.", "AFP", "negative")]
    [InlineData("Serum alpha-fetoprotein, CEA and cancer antigen 19–9 were all unremarkable.", "CA 19-9", "negative")]
    [InlineData("His CEA level was unremarkable at the first visit.", "CEA", "negative")]
    [InlineData("Serum AFP and β-hCG were elevated.", "beta-hCG", "high")]
    [InlineData("Only the CEA was raised, at 12.5 ng/mL (normal range 0-5 ng/mL).", "CEA", "high")]
    [InlineData("The CA-125 was 88 U/mL (reference range, below 35 U/mL).", "CA-125", "high")]
    [InlineData("Serum CEA was 18.2 ng/mL (normal < 5).", "CEA", "high")]
    [InlineData("Microsatellite instability (MSI-H) was found on the panel.", "MSI", "msi-high")]
    public void ReadsASerumMarkerResultFromTheText(string text, string name, string? result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }
}
