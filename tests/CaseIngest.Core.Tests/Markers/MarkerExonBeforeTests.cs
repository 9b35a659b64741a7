namespace CaseIngest.Core.Tests.Markers;

/// <summary>An alteration placed in an exon before the gene it belongs to ("a deletion in exon 11 of KIT"), found or denied.</summary>
public sealed class MarkerExonBeforeTests
{
    [Theory]
    [InlineData("Mutational analysis showed a deletion in exon 11 of KIT.", "KIT", "exon 11 deletion")]
    [InlineData("Sequencing of the gastric mass identified an insertion in exon 9 of the KIT gene.", "KIT", "exon 9 insertion")]
    [InlineData("A duplication within exon 20 of ERBB2 was found on the lung biopsy.", "HER2", "exon 20 duplication")]
    [InlineData("Sanger sequencing showed a missense mutation in exon 18 of PDGFRA.", "PDGFRA", null)]
    [InlineData("An in-frame deletion in exon 19 of the EGFR gene was detected by PCR.", "EGFR", "exon 19 deletion")]
    public void AnAlterationPlacedInAnExonBeforeItsGeneIsTheGenesMutation(string text, string name, string? variant)
    {
        var fact = MarkerListTests.Single(text, name);
        Assert.Equal("mutated", fact.Result);
        Assert.Equal(variant, fact.Variant);
    }

    [Theory]
    [InlineData("No mutation was detected in exons 5-8 of TP53.", "TP53")]
    [InlineData("No pathogenic variants were found in exons 2 and 3 of NRAS.", "NRAS")]
    [InlineData("Mutations were not detected in exon 15 of BRAF.", "BRAF")]
    [InlineData("The tumour had no alteration in exon 11 of the KIT gene.", "KIT")]
    public void AnAlterationDeniedInAnExonLeavesTheGeneWildType(string text, string name)
    {
        var fact = MarkerListTests.Single(text, name);
        Assert.Equal("wild-type", fact.Result);
        Assert.Null(fact.Variant);
    }

    [Fact]
    public void AnExonAlterationBelongsToTheGeneItNamesOnly()
    {
        const string text = "A deletion in exon 11 of KIT was found, while PDGFRA was wild-type.";
        Assert.Equal("exon 11 deletion", MarkerListTests.Single(text, "KIT").Variant);
        Assert.Equal("wild-type", MarkerListTests.Single(text, "PDGFRA").Result);
    }
}
