namespace CaseIngest.Core.Tests.Markers;

/// <summary>A staining score in plus signs reads by its bands: 1+ is low, 3+ positive.</summary>
public sealed class MarkerScoreBandTests
{
    [Theory]
    [InlineData("Immunohistochemistry of the node showed HER2 (1+).", "low")]
    [InlineData("Immunohistochemistry of the node showed HER2 (3+).", "positive")]
    public void AHer2ScoreReadsByItsBand(string text, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, "HER2").Result);
    }
}
