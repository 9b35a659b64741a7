namespace CaseIngest.Core.Tests.Markers;

/// <summary>Two genes offered as alternatives after a rearrangement cue ("involving EWSR1 or DDIT3") are each tested, not one fusion.</summary>
public sealed class MarkerAlternativeGeneTests
{
    [Theory]
    [InlineData("No rearrangement involving EWSR1 or DDIT3 was identified.", "EWSR1")]
    [InlineData("No rearrangement involving EWSR1 or DDIT3 was identified.", "DDIT3")]
    [InlineData("FISH showed no rearrangement of EWSR1 or FOXO1.", "FOXO1")]
    public void EachAlternativeTakesTheDeniedResult(string text, string name)
    {
        var fact = MarkerListTests.Single(text, name);
        Assert.Equal("negative", fact.Result);
        Assert.Null(fact.Variant);
    }

    [Fact]
    public void TwoGenesJoinedByAndAfterAFusionCueStayOneFusion()
    {
        var fact = MarkerListTests.Single("RT-PCR confirmed a fusion between EWSR1 and WT1.", "EWSR1");
        Assert.Equal("rearranged", fact.Result);
    }
}
