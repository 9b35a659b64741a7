using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// A HER2 in-situ hybridisation ratio is the marker's value, with the hybridisation as its method; without a stated
/// verdict it reads positive at 2.0 or more and negative below.
/// </summary>
public sealed class MarkerHybridisationRatioTests
{
    [Theory]
    [InlineData("On the core biopsy, the HER2 FISH ratio was 2.6 and trastuzumab was added.", 2.6, "FISH", "positive")]
    [InlineData("HER2/CEP17 ratio 1.3 with an average of 2.8 signals per nucleus.", 1.3, "ISH", "negative")]
    [InlineData("The HER2/CEP17 ratio of 2.0 met the cutoff for amplification.", 2.0, "ISH", "positive")]
    [InlineData("Her2 SISH ratio of 1.1 was reported on the resection.", 1.1, "ISH", "negative")]
    public void ReadsAHer2RatioAsItsValueAndVerdict(string text, double value, string method, string result)
    {
        var fact = MarkerListTests.Single(text, "HER2");
        Assert.Equal(value, fact.Value);
        Assert.Equal(method, fact.Method);
        Assert.Equal(result, fact.Result);
    }

    [Theory]
    [InlineData("HER2 was 2+ (FISH ratio 2.4) on the biopsy.", 2.4, "FISH", "positive")]
    [InlineData("HER2 IHC 2+ (HER2/CEP17 ratio 2.6).", 2.6, "ISH", "positive")]
    [InlineData("HER2 2+ (SISH ratio 1.3), ER 90%, PR 20%.", 1.3, "ISH", "negative")]
    public void ARatioInABracketAfterAnEquivocalScoreSettlesIt(string text, double value, string method, string result)
    {
        var fact = MarkerListTests.Single(text, "HER2");
        Assert.Equal(value, fact.Value);
        Assert.Equal(method, fact.Method);
        Assert.Equal(result, fact.Result);
    }

    [Fact]
    public void ABareTwoAfterTheRatioIsNotAStainingScore()
    {
        var fact = MarkerListTests.Single("HER2/CEP17 ratio 2 on repeat testing.", "HER2");
        Assert.Equal("positive", fact.Result);
    }
}
