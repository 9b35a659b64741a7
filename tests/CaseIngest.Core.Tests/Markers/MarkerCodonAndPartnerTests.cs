namespace CaseIngest.Core.Tests.Markers;

/// <summary>A codon named before the finding of a test, and a fusion partner named by its CD designation.</summary>
public sealed class MarkerCodonAndPartnerTests
{
    [Theory]
    [InlineData("A KRAS exon 2 codon 12 mutation (c.35G>A, p.G12D) was detected.", "KRAS", "G12D")]
    [InlineData("Sequencing found an NRAS codon 61 mutation (Q61R).", "NRAS", "Q61R")]
    public void ACodonNumberDoesNotEndTheReading(string text, string name, string variant)
    {
        var fact = MarkerListTests.Single(text, name);
        Assert.Equal("mutated", fact.Result);
        Assert.Equal(variant, fact.Variant);
    }

    [Theory]
    [InlineData("A CD74-ROS1 fusion was detected by RNA sequencing.", "ROS1", "CD74")]
    [InlineData("Targeted RNA sequencing identified a CD74-NRG1 fusion.", "NRG1", "CD74")]
    public void AGeneNamedByItsCdDesignationIsAFusionPartner(string text, string name, string partner)
    {
        var fact = MarkerListTests.Single(text, name);
        Assert.Equal("rearranged", fact.Result);
        Assert.Equal(partner, fact.Variant);
    }
}
