using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>A protein change written before its gene ("a G12D mutation in KRAS"), and a bound on an index written in words.</summary>
public sealed class MarkerVariantBeforeGeneTests
{
    [Theory]
    [InlineData("A G12D mutation in KRAS was found in the resected tumour.", "KRAS", "G12D")]
    [InlineData("Sequencing revealed a c.35G>A (p.G12D) mutation in the KRAS gene.", "KRAS", "G12D")]
    [InlineData("A p.Arg273His variant of TP53 was detected in the biopsy.", "TP53", "R273H")]
    [InlineData("We detected a heterozygous missense variant, NM_000546.6:c.818G>A (p.Arg273His), in the TP53 gene.", "TP53", "R273H")]
    [InlineData("Exome sequencing found a homozygous nonsense variant (c.1552C > T, p.Arg518X, in exon 12) in the KCNQ1 gene of the proband.", "KCNQ1", "R518*")]
    public void AChangeBeforeItsGeneIsTheGenesVariant(string text, string name, string variant)
    {
        var marker = MarkerListTests.Single(text, name);
        Assert.Equal("mutated", marker.Result);
        Assert.Equal(variant, marker.Variant);
    }

    [Fact]
    public void AChangeOfOneGeneIsNotGivenToTheNextGene()
    {
        var markers = Engines.Extract("The tumour harboured KRAS G12D and a mutation in TP53 was also found.").Markers;
        Assert.Contains(markers, m => m.Name == "KRAS" && m.Variant == "G12D");
        Assert.DoesNotContain(markers, m => m.Name == "TP53" && m.Variant == "G12D");
    }

    [Fact]
    public void AFigureBeforeAGeneIsNoChange() =>
        Assert.DoesNotContain(
            Engines.Extract("As shown in Fig2, the pedigree segregated a mutation in the MYH7 gene.").Markers,
            m => m.Variant is not null);

    [Theory]
    [InlineData("The Ki-67 proliferation index was less than 3% by immunohistochemistry.")]
    [InlineData("Ki-67 labelling index was below 2%.")]
    public void AnIndexBoundedInWordsIsLowAsItsSignIs(string text)
    {
        var marker = MarkerListTests.Single(text, "Ki-67");
        Assert.Equal("low", marker.Result);
        Assert.Null(marker.Value);
    }
}
