namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// An alteration placed in an exon before the gene it belongs to ("a deletion in exon 11 of KIT"), found or denied, also
/// before a gene written by its old name ("c-kit") and over a second gene after the first ("… of KIT or in exon 18 of PDGFRA").
/// </summary>
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

    [Theory]
    [InlineData("A mutation in exon 11 of c-kit was detected by sequencing.")]
    [InlineData("Molecular testing found a point mutation in exon 17 of c-kit.")]
    [InlineData("A deletion in exon 11 of the c-kit gene was identified.")]
    public void AnExonAlterationBeforeAnOncogenesOldNameIsTheGenesMutation(string text)
    {
        var fact = MarkerListTests.Single(text, "KIT");
        Assert.Equal("mutated", fact.Result);
    }

    [Theory]
    [InlineData("Sequencing showed no mutations in exons 9 and 11 of KIT or in exons 12 and 18 of PDGFRA.", "PDGFRA")]
    [InlineData("Sequencing showed no mutations in exons 9 and 11 of KIT or in exons 12 and 18 of PDGFRA.", "KIT")]
    [InlineData("No mutation was found in exons 2 and 3 of KRAS or in exon 15 of BRAF.", "BRAF")]
    [InlineData("There were no variants in exon 2 of NRAS nor in exon 15 of the BRAF gene.", "BRAF")]
    public void AnExonDenialOverTwoGenesLeavesBothWildType(string text, string name) =>
        Assert.Equal("wild-type", MarkerListTests.Single(text, name).Result);

    [Fact]
    public void AStainWrittenByItsOncogenesOldNameWithAStainingResultStaysTheStain() =>
        Assert.Equal("positive", MarkerListTests.Single("The tumour cells were positive for CD117 (c-kit) and DOG1.", "CD117").Result);
}
