using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// Genomic alterations as molecular reports state them: located in a part of a gene, denied over a list or a region,
/// told as fusions and rearrangements, and told by the test that found them.
/// </summary>
public sealed class MarkerGenomicWordingTests
{
    [Theory]
    // an alteration located in a gene part
    [InlineData("The tumour harboured a KIT exon 11 deletion.", "KIT", "mutated", "exon 11 deletion")]
    [InlineData("Genotyping found a PDGFRA D842V substitution.", "PDGFRA", "mutated", "D842V")]
    [InlineData("Pyrosequencing detected a point mutation in codon 13 of KRAS (G13D).", "KRAS", "mutated", "G13D")]
    [InlineData("She had BRAF V600E-mutated melanoma of the scalp.", "BRAF", "mutated", "V600E")]
    [InlineData("Molecular profiling of the skin lesion revealed an EGFR exon 21 L858R mutation.", "EGFR", "mutated", "L858R")]
    [InlineData("Targeted sequencing revealed a pathogenic TP53 c.818G>A (p.R273H) variant at an allele frequency of 31%.", "TP53", "mutated", "R273H")]
    [InlineData("A HER2 exon 20 insertion was found on plasma genotyping.", "HER2", "mutated", "exon 20 insertion")]
    // negated regions and lists
    [InlineData("The tumour was wild-type for KRAS, NRAS and BRAF.", "NRAS", "wild-type", null)]
    [InlineData("The tumour was wild-type for KRAS, NRAS and BRAF.", "BRAF", "wild-type", null)]
    [InlineData("FISH found no amplification of MYCN or MDM2.", "MDM2", "negative", null)]
    [InlineData("The carcinoma was BRAF wild type but carried a KRAS G12V mutation.", "BRAF", "wild-type", null)]
    [InlineData("The carcinoma was BRAF wild type but carried a KRAS G12V mutation.", "KRAS", "mutated", "G12V")]
    [InlineData("The tumour was microsatellite stable with a tumour mutational burden of 4 mutations per megabase.", "MSI", "msi-stable", null)]
    [InlineData("The resected colon tumour was MSI-high and dMMR on immunohistochemistry.", "MSI", "msi-high", null)]
    [InlineData("The resected colon tumour was MSI-high and dMMR on immunohistochemistry.", "MMR", "lost", null)]
    [InlineData("Mismatch repair proteins were retained (pMMR).", "MMR", "intact", null)]
    // fusions and rearrangements
    [InlineData("RNA sequencing detected an ETV6::NTRK3 fusion.", "NTRK3", "rearranged", "ETV6")]
    [InlineData("An EML4-ALK fusion was identified by NGS.", "ALK", "rearranged", "EML4")]
    [InlineData("FISH showed a rearrangement of MYC.", "MYC", "rearranged", null)]
    [InlineData("HER2 was amplified by FISH (HER2/CEP17 ratio 5.1).", "HER2", "amplified", null)]
    [InlineData("The tumour was 1p/19q codeleted and IDH1 R132H positive.", "1p/19q", "lost", null)]
    [InlineData("The tumour was 1p/19q codeleted and IDH1 R132H positive.", "IDH1", "mutated", "R132H")]
    [InlineData("The MGMT promoter was methylated.", "MGMT", "positive", null)]
    [InlineData("Methylation-specific PCR showed that the MGMT promoter was unmethylated.", "MGMT", "negative", null)]
    [InlineData("FISH was negative for MDM2 amplification.", "MDM2", "negative", null)]
    // a result told by the test
    [InlineData("Next-generation sequencing revealed a PIK3CA H1047R mutation.", "PIK3CA", "mutated", "H1047R")]
    [InlineData("Germline testing identified a pathogenic BRCA2 variant.", "BRCA2", "mutated", null)]
    [InlineData("Germline genetic testing was positive for a pathogenic variant in BRCA1.", "BRCA1", "mutated", null)]
    [InlineData("Comprehensive genomic profiling identified an ERBB2 amplification and a TP53 R175H mutation.", "HER2", "amplified", null)]
    [InlineData("Comprehensive genomic profiling identified an ERBB2 amplification and a TP53 R175H mutation.", "TP53", "mutated", "R175H")]
    [InlineData("A 52-gene panel detected an activating KIT mutation in exon 17 (D816V).", "KIT", "mutated", "D816V")]
    [InlineData("Sanger sequencing confirmed a heterozygous IDH2 R172K mutation.", "IDH2", "mutated", "R172K")]
    [InlineData("Tumour sequencing showed amplification of MET with a copy number of 14.", "MET", "amplified", null)]
    [InlineData("Liquid biopsy detected an EGFR T790M mutation in circulating tumour DNA.", "EGFR", "mutated", "T790M")]
    [InlineData("Analysis of the tumour found loss of CDKN2A.", "CDKN2A", "lost", null)]
    [InlineData("Sequencing showed a homozygous deletion of CDKN2A.", "CDKN2A", "lost", null)]
    public void TheGeneTakesTheResultItsAlterationIsToldWith(string text, string name, string result, string? variant)
    {
        var fact = MarkerListTests.Single(text, name);
        Assert.Equal(result, fact.Result);
        if (variant is not null)
            Assert.Equal(variant, fact.Variant);
    }

    [Theory]
    [InlineData("PD-L1 expression by the 22C3 assay showed a tumour proportion score of 60%.", "high", 60.0, "TPS")]
    [InlineData("PD-L1 (22C3) TPS was 15%.", "positive", 15.0, "TPS")]
    [InlineData("The PD-L1 combined positive score was 5.", "positive", 5.0, "CPS")]
    [InlineData("PD-L1 (22C3) showed a combined positive score of 12.", "high", 12.0, "CPS")]
    public void APdL1ScoreReadsByItsCutOffs(string text, string result, double value, string method)
    {
        var fact = MarkerListTests.Single(text, "PD-L1");
        Assert.Equal(result, fact.Result);
        Assert.Equal(value, fact.Value);
        Assert.Equal(method, fact.Method);
    }

    [Theory]
    [InlineData("The tumour mutational burden was 12 mut/Mb.", 12.0)]
    [InlineData("NGS showed a TMB of 7.5 mutations per megabase.", 7.5)]
    public void ATumourMutationalBurdenKeepsItsValue(string text, double value)
    {
        var fact = MarkerListTests.Single(text, "TMB");
        Assert.Equal(value, fact.Value);
        Assert.Equal("mut/Mb", fact.Unit);
    }

    [Theory]
    [InlineData("Most gastrointestinal stromal tumours carry activating mutations of KIT or PDGFRA.")]
    [InlineData("Imatinib inhibits the KIT and PDGFRA tyrosine kinases.")]
    public void GeneralStatementsAboutGenesAreNoResult(string text) =>
        Assert.DoesNotContain(Engines.Extract(text).Markers, m => m.Result is "mutated" or "wild-type" or "positive" or "negative");
}
