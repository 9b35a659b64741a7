using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// A deletion placed in an exon after the gene ("the EGFR gene had a deletion in exon 19", "EGFR showed a deletion within
/// exon 19", "exon 19 of EGFR had a deletion") is the exon variant, a mutation, not a loss of the gene; a deletion of
/// the gene itself stays a loss.
/// </summary>
public sealed class MarkerExonDeletionTests
{
    [Theory]
    [InlineData("The EGFR gene had a deletion in exon 19.", "EGFR", "exon 19 deletion")]
    [InlineData("Sequencing revealed that EGFR had a deletion within exon 19.", "EGFR", "exon 19 deletion")]
    [InlineData("Molecular testing of the biopsy showed an EGFR deletion in exon 19.", "EGFR", "exon 19 deletion")]
    [InlineData("The KIT gene had a deletion of exon 11.", "KIT", "exon 11 deletion")]
    [InlineData("On sequencing, the EGFR gene has a deletion in exon 19.", "EGFR", "exon 19 deletion")]
    [InlineData("Exon 19 of EGFR showed a deletion.", "EGFR", "exon 19 deletion")]
    [InlineData("Exon 11 of the KIT gene had a deletion.", "KIT", "exon 11 deletion")]
    public void ADeletionInAnExonIsTheExonVariant(string text, string name, string variant)
    {
        var fact = MarkerListTests.Single(text, name);
        Assert.Equal(("mutated", variant), (fact.Result, fact.Variant));
    }

    [Theory]
    [InlineData("FISH showed homozygous CDKN2A deletion in the tumour cells.", "CDKN2A")]
    public void ADeletionOfTheGeneStaysALoss(string text, string name) =>
        Assert.Contains(Engines.Extract(text).Markers, m => m.Name == name && m.Result == "lost");
}
