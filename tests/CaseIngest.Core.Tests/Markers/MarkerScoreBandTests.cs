using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>A staining score reads by its bands, with or without its plus sign: 0 is negative, 1+ low, 3+ positive.</summary>
public sealed class MarkerScoreBandTests
{
    [Theory]
    [InlineData("Immunohistochemistry of the node showed HER2 (1+).", "low")]
    [InlineData("Immunohistochemistry of the node showed HER2 (3+).", "positive")]
    [InlineData("Immunohistochemistry of the node showed HER2 (0).", "negative")]
    [InlineData("The HER2 score was 0, and Ki-67 was 15%.", "negative")]
    [InlineData("Receptor status: ER 90%, PR 40%, HER2 IHC 0.", "negative")]
    [InlineData("On the core biopsy HER2 was scored 3.", "positive")]
    public void AHer2ScoreReadsByItsBand(string text, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, "HER2").Result);
    }

    [Fact]
    public void AnEquivocalHer2ScoreIsSettledByHybridisation()
    {
        Assert.Equal("negative", MarkerListTests.Single("HER2 was 2+ on immunohistochemistry, and FISH showed no amplification.", "HER2").Result);
        var record = Engines.Extract("HER2 was 2+ on immunohistochemistry of the core biopsy.");
        Assert.DoesNotContain(record.Markers, m => m.Name == "HER2" && m.Result is "positive" or "negative");
    }

    [Fact]
    public void ANumberAfterHer2ThatIsNoScoreIsNotReadAsOne()
    {
        var record = Engines.Extract("Anti-HER2 therapy was given for 2 years.");
        Assert.DoesNotContain(record.Markers, m => m.Name == "HER2" && m.Result == "negative");
    }
}
