using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>Gene alterations read from a table flattened into the paragraph, its cells glued with no separator.</summary>
public sealed class MarkerTableTests
{
    private const string VariantTable =
        "Targeted sequencing of the resected tumour found several alterations (Table 2). Table 2Somatic alterations identified by "
        + "targeted sequencingGeneExonNucleotide changeProtein changeVariant allele frequencyNRAS3c.181C>Ap.Q61K31.5%"
        + "ARID1A18c.4926delCp.S1643fs12.2%SMARCA4–c.3168+1G>TSplice site44.0%MDM2Gene amplificationNA8.4-fold"
        + "Note: NA, not applicable. The patient then started chemotherapy.";

    private const string AmplificationTable =
        "Genomic profiling of the biopsy was performed. Table 3Copy-number alterations in the biopsy specimenGenesAlterationFold change"
        + "ERBB2Amplification6.1-foldCDK4Amplification3.2-foldPTENHomozygous deletion–\nThe patient received trastuzumab.";

    private const string LaboratoryTable =
        "Blood tests were taken at admission. Table 1Laboratory findings at admissionParameterValueReference rangeALB31 g/L35–50CRP48 mg/L0–5"
        + "\nHe was admitted to the ward.";

    [Theory]
    [InlineData("NRAS", "Q61K")]
    [InlineData("ARID1A", "S1643fs")]
    [InlineData("SMARCA4", "c.3168+1G>T")]
    public void AGeneRowWithAChangeIsAMutatedGene(string name, string variant)
    {
        var marker = Assert.Single(Engines.Extract(VariantTable).Markers, m => m.Name == name);
        Assert.Equal("mutated", marker.Result);
        Assert.Equal(variant, marker.Variant);
    }

    [Fact]
    public void AThreeLetterProteinChangeInATableIsWrittenAsProseVariantsAre()
    {
        const string table = "Panel sequencing of the liver biopsy was done. Table 1Pathogenic variantsGeneExonProtein changeAllele frequency"
            + "KRAS2p.Gly12Asp27.4%TP537p.Arg248Trp61.0%\nShe started second-line chemotherapy.";
        var markers = Engines.Extract(table).Markers;
        Assert.Contains(markers, m => m.Name == "KRAS" && m.Variant == "G12D" && m.Evidence.Text.EndsWith("p.Gly12Asp", StringComparison.Ordinal));
        Assert.Contains(markers, m => m.Name == "TP53" && m.Variant == "R248W");
    }

    [Fact]
    public void ASubstitutionEndsAtTheBaseAfterItsArrow() =>
        Assert.Contains(
            Engines.Extract("Sequencing found a BRAF variant c.1799T>AMissense in the tumour.").Markers,
            m => m.Name == "BRAF" && m.Variant == "c.1799T>A");

    [Fact]
    public void AGeneRowSayingAmplificationIsAnAmplifiedGene() =>
        Assert.Contains(Engines.Extract(VariantTable).Markers, m => m.Name == "MDM2" && m.Result == "amplified");

    [Theory]
    [InlineData("HER2", "amplified")]
    [InlineData("CDK4", "amplified")]
    [InlineData("PTEN", "lost")]
    public void ACopyNumberTableGivesEachGeneItsResult(string name, string result) =>
        Assert.Contains(Engines.Extract(AmplificationTable).Markers, m => m.Name == name && m.Result == result);

    [Fact]
    public void ASymbolGluedToDigitsInALaboratoryTableIsNoMarker() =>
        Assert.DoesNotContain(Engines.Extract(LaboratoryTable).Markers, m => m.Name is "ALB" or "CRP");

    [Fact]
    public void NucleotidesAfterAnInsertionAreNoGene() =>
        Assert.DoesNotContain(
            Engines.Extract("Table 1Detected variantsGeneProtein changeKIT11c.1669_1674dupTGGAAGp.W557_K558dup18.0%\nNo other change.").Markers,
            m => m.Name is "TGG" or "GAA");

    [Theory]
    [InlineData(VariantTable)]
    [InlineData(AmplificationTable)]
    public void EveryTableFactPointsAtItsOwnText(string text)
    {
        var record = Engines.Extract(text);
        Assert.NotEmpty(record.Markers);
        foreach (var marker in record.Markers)
        {
            var evidence = marker.Evidence;
            Assert.Equal(text.Substring(evidence.Start, evidence.End - evidence.Start), evidence.Text);
        }
    }
}
