using CaseIngest.Core.Extraction.Markers;
using CaseIngest.Core.Lexicons;
using CaseIngest.Core.Model;
using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

public sealed class MarkerStepTests
{
    private static MarkerFact Single(string text, string name)
    {
        var record = Engines.Extract(text);
        var facts = record.Markers.Where(m => m.Name == name).ToList();
        Assert.True(facts.Count == 1, $"expected one {name} in '{text}', found {facts.Count}: {string.Join("; ", record.Markers.Select(m => $"{m.Name} {m.Result} {m.Value}"))}");
        var fact = facts[0];
        Assert.Equal(fact.Evidence.Text, text.Substring(fact.Evidence.Start, fact.Evidence.End - fact.Evidence.Start));
        return fact;
    }

    [Theory]
    [InlineData("PD-L1 TPS 100% was reported.", 100.0, "%", "TPS", "high")]
    [InlineData("The tumor proportion score of 80% for PD-L1 was noted.", 80.0, "%", "TPS", "high")]
    [InlineData("PD-L1 tumor proportion score (TPS) of approximately 95% was found.", 95.0, "%", "TPS", "high")]
    [InlineData("Immunohistochemistry showed PD-L1 (22C3) TPS of 60%.", 60.0, "%", "TPS", "high")]
    [InlineData("PD-L1 expression in 80% of tumour cells was seen.", 80.0, "%", null, "high")]
    [InlineData("PD-L1 TPS ≥50% was reported.", 50.0, "%", "TPS", "high")]
    [InlineData("PD-L1 CPS 15 was found on the biopsy.", 15.0, null, "CPS", "high")]
    [InlineData("The biopsy showed PD-L1 (28-8) (CPS=10).", 10.0, null, "CPS", "high")]
    [InlineData("The node showed PD-L1 (CPS=0).", 0.0, null, "CPS", "negative")]
    [InlineData("She had PD-L1 expression 1-49% on the biopsy.", null, null, null, "positive")]
    [InlineData("The tumour was PD-L1 negative (<1%).", null, null, null, "negative")]
    [InlineData("The tumour showed high PD-L1 expression (TPS 90%).", 90.0, "%", "TPS", "high")]
    [InlineData("PD-L1 was absent in the tumour cells.", null, null, null, "negative")]
    [InlineData("The tumour was PD-L1 (+).", null, null, null, "positive")]
    public void ReadsPdL1ScoresWithTheirMethod(string text, double? value, string? unit, string? method, string result)
    {
        var fact = Single(text, "PD-L1");
        Assert.Equal("CD274", fact.Gene);
        Assert.Equal(value, fact.Value);
        Assert.Equal(unit, fact.Unit);
        Assert.Equal(method, fact.Method);
        Assert.Equal(result, fact.Result);
    }

    [Theory]
    [InlineData("Sequencing showed a TMB of 18 mutations/megabase.", 18.0, null)]
    [InlineData("The TMB was 10 mut/Mb.", 10.0, null)]
    [InlineData("The tumor mutational burden of 11 mutations per megabase was noted.", 11.0, null)]
    [InlineData("The tumour was TMB-high on the panel.", null, "high")]
    [InlineData("Panel sequencing showed a low TMB in the tumour.", null, "low")]
    public void ReadsTumourMutationalBurdenInMutationsPerMegabase(string text, double? value, string? result)
    {
        var fact = Single(text, "TMB");
        Assert.Equal(value, fact.Value);
        Assert.Equal(value is null ? null : "mut/Mb", fact.Unit);
        Assert.Equal(result, fact.Result);
    }

    [Theory]
    [InlineData("The tumour was MSI-H on PCR testing.", "MSI", "msi-high")]
    [InlineData("The tumour was microsatellite stable.", "MSI", "msi-stable")]
    [InlineData("The tumour was MSS and TMB-low.", "MSI", "msi-stable")]
    [InlineData("The tumour was mismatch repair deficient.", "MMR", "lost")]
    [InlineData("The colon tumour was dMMR.", "MMR", "lost")]
    [InlineData("The colon tumour was pMMR.", "MMR", "intact")]
    [InlineData("There was no HER2 expression, nor mismatch repair deficiency.", "MMR", "intact")]
    public void ReadsMicrosatelliteAndMismatchRepairStatus(string text, string name, string result)
    {
        Assert.Equal(result, Single(text, name).Result);
    }

    [Theory]
    [InlineData("Immunohistochemistry showed loss of MLH1 and PMS2 expression.", "MLH1", "lost")]
    [InlineData("Immunohistochemistry showed loss of MLH1 and PMS2 expression.", "PMS2", "lost")]
    [InlineData("MSH2/MSH6 intact on staining.", "MSH2", "intact")]
    [InlineData("MSH2/MSH6 intact on staining.", "MSH6", "intact")]
    [InlineData("MLH1 was negative by IHC.", "MLH1", "lost")]
    [InlineData("IHC showed intact expression of mismatch repair proteins (MLH1, MSH2, MSH6 and PMS2).", "MSH6", "intact")]
    [InlineData("IHC showed intact expression of mismatch repair proteins (MLH1, MSH2, MSH6 and PMS2).", "MMR", "intact")]
    public void ReadsMismatchRepairProteins(string text, string name, string result)
    {
        var fact = Single(text, name);
        Assert.Equal(result, fact.Result);
        Assert.Equal("IHC", fact.Method);
    }

    [Theory]
    [InlineData("NGS revealed KRAS p.G12C.", "KRAS", "G12C", "mutated")]
    [InlineData("The tumour harboured a KRAS G12C mutation.", "KRAS", "G12C", "mutated")]
    [InlineData("Sequencing found KRAS p.Gly12Cys in the tumour.", "KRAS", "G12C", "mutated")]
    [InlineData("Testing showed an EGFR exon 19 deletion.", "EGFR", "exon 19 deletion", "mutated")]
    [InlineData("The EGFR L858R mutation was detected.", "EGFR", "L858R", "mutated")]
    [InlineData("She had a BRAF V600E mutation.", "BRAF", "V600E", "mutated")]
    [InlineData("The tumour was KRAS G12C-mutant.", "KRAS", "G12C", "mutated")]
    [InlineData("The tumour had an EGFR exon 20 insertion.", "EGFR", "exon 20 insertion", "mutated")]
    [InlineData("The tumour was KRAS wild-type.", "KRAS", null, "wild-type")]
    [InlineData("There was no EGFR mutation in the biopsy.", "EGFR", null, "wild-type")]
    [InlineData("The serum was negative for EGFR mutation.", "EGFR", null, "wild-type")]
    [InlineData("EGFR mutation was not detected.", "EGFR", null, "wild-type")]
    [InlineData("Results were positive for NRAS c.181C>A,p.Gln61Lys in the tumour.", "NRAS", "Q61K", "mutated")]
    public void ReadsDriverMutationsWithANormalisedVariant(string text, string name, string? variant, string result)
    {
        var fact = Single(text, name);
        Assert.Equal(variant, fact.Variant);
        Assert.Equal(result, fact.Result);
    }

    [Theory]
    [InlineData("FISH showed an EML4-ALK fusion.", "ALK", "EML4", "rearranged")]
    [InlineData("RT-PCR found an echinoderm microtubule-associated protein-like 4 (EML4)-ALK transcript.", "ALK", "EML4", "rearranged")]
    [InlineData("A ROS1 rearrangement was found.", "ROS1", null, "rearranged")]
    [InlineData("The tumour was HER2 amplified.", "HER2", null, "amplified")]
    [InlineData("Sequencing found MET amplification.", "MET", null, "amplified")]
    [InlineData("The tumour was HER2 3+ on the biopsy.", "HER2", null, "positive")]
    [InlineData("No FGFR fusion was found on RNA sequencing.", "FGFR", null, "negative")]
    public void ReadsFusionsAndAmplifications(string text, string name, string? variant, string result)
    {
        var fact = Single(text, name);
        Assert.Equal(variant, fact.Variant);
        Assert.Equal(result, fact.Result);
    }

    [Theory]
    [InlineData("Tumour cells were positive for CK7 and TTF-1, negative for CK20.", "CK7", "positive")]
    [InlineData("Tumour cells were positive for CK7 and TTF-1, negative for CK20.", "TTF-1", "positive")]
    [InlineData("Tumour cells were positive for CK7 and TTF-1, negative for CK20.", "CK20", "negative")]
    [InlineData("The lymphoma cells were CD20+ and CD3- on staining.", "CD20", "positive")]
    [InlineData("The lymphoma cells were CD20+ and CD3- on staining.", "CD3", "negative")]
    [InlineData("The melanoma was S100-positive and SOX10 positive.", "S100", "positive")]
    [InlineData("The melanoma was S100-positive and SOX10 positive.", "SOX10", "positive")]
    [InlineData("The carcinoma was ER, PR, and HER2-negative.", "ER", "negative")]
    [InlineData("The carcinoma was ER, PR, and HER2-negative.", "PR", "negative")]
    [InlineData("The carcinoma was ER, PR, and HER2-negative.", "HER2", "negative")]
    [InlineData("ALK, EGFR, the ROS1 gene and BRAF all showed wild-type status.", "ROS1", "wild-type")]
    [InlineData("The tumour stained positive for HMB-45, Melan-A and S-100.", "Melan-A", "positive")]
    [InlineData("The tumour stained positive for HMB-45, Melan-A and S-100.", "HMB45", "positive")]
    [InlineData("The biopsy showed an adenocarcinoma with expression of cytokeratin 19, cytokeratin 7 and N-cadherin.", "CK19", "positive")]
    [InlineData("The biopsy showed an adenocarcinoma with expression of cytokeratin 19, cytokeratin 7 and N-cadherin.", "N-cadherin", "positive")]
    [InlineData("The nodules showed the expression of cytokeratin 7 and partial CDX2.", "CDX2", "positive")]
    [InlineData("Cells were CK20 (-), weak CK8/18 expression, HepPar-1 (-).", "CK8/18", "positive")]
    [InlineData("Assays demonstrated ALK protein expression by IHC using the D5F3 antibody.", "ALK", "positive")]
    [InlineData("Cells were CK20 (-), weak CK8/18 expression, HepPar-1 (-).", "HepPar-1", "negative")]
    [InlineData("Staining was negative for CK 5/6, Syn and CgA.", "synaptophysin", "negative")]
    [InlineData("Staining was negative for CK 5/6, Syn and CgA.", "chromogranin A", "negative")]
    [InlineData("The tumour stained positive for thyroid transcription factor 1 (TTF1), cytokeratin 7 (CK7), and Napsin A.", "CK7", "positive")]
    [InlineData("Staining was positive for Cytokeratin 7 (CK7), Transcription Termination Factor 1 (TTF1) and BRG1-associated factor subunit (SMARCA4).", "SMARCA4", "positive")]
    [InlineData("Immunohistochemistry was negative for desmin, CD34, discovered on GIST-1 (DOG1), CD56, and synaptophysin.", "CD56", "negative")]
    [InlineData("Immunohistochemistry was negative for desmin, CD34, discovered on GIST-1 (DOG1), CD56, and synaptophysin.", "DOG1", "negative")]
    [InlineData("Tumour cells were positive for CK7, whereas the stroma (CD34) was spared.", "CK7", "positive")]
    [InlineData("Staining showed P63 strong to moderate nuclear positivity in 90% of the cells.", "p63", "positive")]
    [InlineData("The tumour stained positive for HMB-45, Melan-A and S-100.", "S100", "positive")]
    [InlineData("The tumour was p16-negative.", "p16", "negative")]
    [InlineData("Tumour cells showed positive expression of cytokeratin 20 (CK20) but no expression of cytokeratin 7 (CK7).", "CK20", "positive")]
    [InlineData("Tumour cells showed positive expression of cytokeratin 20 (CK20) but no expression of cytokeratin 7 (CK7).", "CK7", "negative")]
    [InlineData("The carcinoma was estrogen (ER), progesterone (PR), and HER2-negative.", "PR", "negative")]
    [InlineData("The tumour was HER2/neu positive.", "HER2", "positive")]
    [InlineData("The spindle cells were CD117 (c-KIT) positive and DOG1 positive.", "CD117", "positive")]
    [InlineData("In situ hybridization showed EBER positive tumour cells.", "EBER", "positive")]
    public void GivesEachMarkerOfAListItsResult(string text, string name, string result)
    {
        Assert.Equal(result, Single(text, name).Result);
    }

    [Theory]
    [InlineData("The Ki-67 index was 30%.", "Ki-67", 30.0)]
    [InlineData("The tumour had a Ki-67 of 50%, ER and PR negative.", "Ki-67", 50.0)]
    [InlineData("Other markers included Ki-67 (70%+).", "Ki-67", 70.0)]
    public void ReadsPercentagesAndLevels(string text, string name, double value)
    {
        var fact = Single(text, name);
        Assert.Equal(value, fact.Value);
    }

    [Theory]
    [InlineData("The Ki-67 index was 30%.", "high")]
    [InlineData("Other markers included Ki-67 (70%+).", "high")]
    [InlineData("The Ki-67 labelling index was 5%.", "low")]
    [InlineData("The Ki-67 index was 15%.", "positive")]
    public void ReadsAProliferationIndexAsHighOrLow(string text, string result)
    {
        Assert.Equal(result, Single(text, "Ki-67").Result);
    }

    [Theory]
    [InlineData("Serum CEA was 5.2 ng/mL at diagnosis.", "CEA", 5.2)]
    [InlineData("Her serum CYFRA21-1 level was 17.45 ng/mL.", "CYFRA 21-1", 17.45)]
    public void SerumTumourMarkersKeepTheirValues(string text, string name, double value)
    {
        Assert.Equal(value, Single(text, name).Value);
    }

    [Fact]
    public void ASerumMarkerStainedInTheTumourIsATissueMarker()
    {
        Assert.Equal("positive", Single("Immunohistochemistry revealed CK7 (-), Syn (+) and NSE (+).", "NSE").Result);
    }

    [Theory]
    [InlineData("Molecular evaluation confirmed an L858R mutation in exon 21.", "EGFR", "L858R", "mutated")]
    [InlineData("A T790M mutation was found on re-biopsy.", "EGFR", "T790M", "mutated")]
    [InlineData("Sequencing showed an EGFR exon 19 deletion.", "EGFR", "exon 19 deletion", "mutated")]
    [InlineData("The tumour carried a MET exon 14 skipping mutation.", "MET", "exon 14 skipping", "mutated")]
    [InlineData("The BRAF V600E mutation was detected.", "BRAF", "V600E", "mutated")]
    [InlineData("The BRAF V600 mutation was not detected.", "BRAF", null, "wild-type")]
    [InlineData("Mutation analysis of the biopsy revealed exon 19 deletion positive.", "EGFR", "exon 19 deletion", "mutated")]
    [InlineData("Sequencing found mutations in CIC (c.3467-1G>A) and TP53.", "CIC", "c.3467-1G>A", "mutated")]
    public void AVariantThatBelongsToOneGeneNamesIt(string text, string name, string? variant, string result)
    {
        var fact = Single(text, name);
        Assert.Equal(variant, fact.Variant);
        Assert.Equal(result, fact.Result);
    }

    [Fact]
    public void StatesTheMethodWhenTheSentenceNamesIt()
    {
        var fact = Single("Immunohistochemistry was positive for CK7.", "CK7");
        Assert.Equal("IHC", fact.Method);
        Assert.Equal("KRT7", fact.Gene);
    }

    [Theory]
    [InlineData("Anti-PD-L1 antibodies block the PD-1/PD-L1 axis.")]
    [InlineData("The infiltrate held many CD8+ T cells.")]
    [InlineData("Histology showed infiltration with CD3+/8+ lymphocytes.")]
    [InlineData("EGFR mutation analysis was performed on the biopsy.")]
    [InlineData("She was referred for KRAS testing.")]
    [InlineData("EGFR expression is common in lung cancer.")]
    [InlineData("She did not undergo PD-L1 expression testing.")]
    [InlineData("The neuroblastoma RAS viral oncogene (NRAS) status was unknown.")]
    [InlineData("Her estrogen levels were elevated.")]
    [InlineData("She presented to the ER with chest pain.")]
    [InlineData("The best response was a PR after four cycles.")]
    [InlineData("Echocardiography showed that mild AR was present.")]
    [InlineData("The PR interval was 200 ms.")]
    public void AMentionWithoutAResultIsNotAFact(string text)
    {
        Assert.Empty(Engines.Extract(text).Markers);
    }

    [Fact]
    public void ExactCaseAliasesDoNotMatchOrdinaryWords()
    {
        var record = Engines.Extract("She met her oncologist, who kept the kit positive about the plan. Sequencing found MET amplification.");
        var marker = Assert.Single(record.Markers);
        Assert.Equal(("MET", "amplified"), (marker.Name, marker.Result));
    }

    [Fact]
    public void MarkersOfTheReferenceListAreIgnored()
    {
        var text = "Case presentation\nThe tumour was KRAS G12C mutated.\n\nReferences\n1. Smith J. EGFR L858R mutation in lung cancer. N Engl J Med. 2010.\n";
        var record = Engines.Extract(text);
        var marker = Assert.Single(record.Markers);
        Assert.Equal("KRAS", marker.Name);
    }

    [Fact]
    public void RepeatedStatementsOfOneResultGiveOneFact()
    {
        var record = Engines.Extract("The tumour was PD-L1 positive. Immunohistochemistry showed PD-L1 TPS 80%. PD-L1 was positive.");
        var marker = Assert.Single(record.Markers);
        Assert.Equal(80, marker.Value);
        Assert.Equal("TPS", marker.Method);
    }

    [Fact]
    public void RejectsAMarkerRowWithAnUnknownKind()
    {
        var error = Assert.Throws<LexiconException>(() => MarkerLexicon.Load(
            [(7, "KRAS\tKRAS\toncogene\t-\t-\tKRAS")], "markers.tsv", [], "marker-cues.tsv"));
        Assert.Contains("markers.tsv:7", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsACueWithAnUnknownResult()
    {
        var error = Assert.Throws<LexiconException>(() => MarkerLexicon.Load(
            [], "markers.tsv", [(4, "positive\tright\tsomewhat\texplicit")], "marker-cues.tsv"));
        Assert.Contains("marker-cues.tsv:4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AGeneListWidensTheMarkerLexicon()
    {
        var path = Corpus.File("vocab", "civic_genes_2025-10-01.tsv");
        Assert.True(File.Exists(path), $"The CIViC gene list is missing at {path}.");
        var engine = new CaseEngine(new EngineOptions { MarkerGeneListPath = path });
        var record = engine.Process("t.txt", System.Text.Encoding.UTF8.GetBytes("Sequencing found a MAP2K1 mutation.")).Record!;
        var marker = Assert.Single(record.Markers);
        Assert.Equal("MAP2K1", marker.Gene);
        Assert.Equal("mutated", marker.Result);
        Assert.Equal("MAP2K1", Assert.Single(Engines.Extract("Sequencing found a MAP2K1 mutation.").Markers).Gene);
    }
}
