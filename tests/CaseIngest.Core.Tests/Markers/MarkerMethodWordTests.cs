namespace CaseIngest.Core.Tests.Markers;

/// <summary>A method named right after the marker ("HER2 FISH was negative") does not end the reading of its result.</summary>
public sealed class MarkerMethodWordTests
{
    [Theory]
    [InlineData("HER2 FISH was negative (ratio 1.2).", "HER2", "negative")]
    [InlineData("ALK FISH was negative in the biopsy.", "ALK", "negative")]
    [InlineData("HER2 SISH showed amplification of the gene.", "HER2", "amplified")]
    public void AResultAfterAMethodNameIsTheMarkers(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }

    [Fact]
    public void TheMethodIsTheOneNamedAfterTheMarker()
    {
        Assert.Equal("FISH", MarkerListTests.Single("HER2 FISH was negative (ratio 1.2).", "HER2").Method);
    }
}
