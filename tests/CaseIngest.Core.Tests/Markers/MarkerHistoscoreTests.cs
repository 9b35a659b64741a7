namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// A receptor told by its H-score, the staining score of intensity by share from 0 to 300 ("ER H-score 240"): the score is
/// the value, its method the H-score, and any score above zero is positive.
/// </summary>
public sealed class MarkerHistoscoreTests
{
    [Theory]
    [InlineData("The ER H-score was 240.", "ER", 240, "positive")]
    [InlineData("ER H-score 240 and PR H-score 15.", "PR", 15, "positive")]
    [InlineData("The progesterone receptor H score was 0.", "PR", 0, "negative")]
    [InlineData("The ER histoscore was 180.", "ER", 180, "positive")]
    public void AnHScoreIsTheReceptorsValue(string text, string name, double value, string result)
    {
        var fact = MarkerListTests.Single(text, name);
        Assert.Equal(value, fact.Value);
        Assert.Equal("H-score", fact.Method);
        Assert.Equal(result, fact.Result);
    }

    [Theory]
    [InlineData("ER was positive in 90% of cells (Allred score 8).", "ER", "positive")]
    [InlineData("ER was strongly positive, with an H-score not reported.", "ER", "positive")]
    public void OtherScoresAndVerdictsStay(string text, string name, string result)
    {
        var fact = MarkerListTests.Single(text, name);
        Assert.Equal(result, fact.Result);
        Assert.NotEqual("H-score", fact.Method);
    }
}
