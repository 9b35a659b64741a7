using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>A gene symbol that its own approved name writes in capitals ("MYCN proto-oncogene") is read as a gene; a capitalised plain word of the gene names is not.</summary>
public sealed class MarkerCoinedSymbolTests
{
    [Theory]
    [InlineData("FISH found no amplification of MYCN or MDM2.", "MYCN", "negative")]
    [InlineData("The neuroblastoma showed MYCN amplification on FISH.", "MYCN", "amplified")]
    [InlineData("Immunohistochemistry for PRAME was diffusely positive in the melanocytes.", "PRAME", "positive")]
    [InlineData("Targeted sequencing found a GNAS R201H mutation.", "GNAS", "mutated")]
    [InlineData("An ATRX mutation was found by sequencing.", "ATRX", "mutated")]
    public void ASymbolItsOwnGeneNameWritesInCapitalsIsAGene(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);

    [Theory]
    [InlineData("Chest pain occurred at REST and on exertion.", "REST")]
    [InlineData("The CLOCK was checked before the infusion.", "CLOCK")]
    public void ACapitalisedWordOfTheGeneNamesIsNoGene(string text, string name) =>
        Assert.DoesNotContain(Engines.Extract(text).Markers, m => m.Name == name);
}
