namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// A HER2 staining score beside a result word decides the result by its band: "HER2 negative (score 1+)" is low, the
/// band of 1+, whatever word stands before it; a word that agrees with its band, or a word with no score, stays.
/// </summary>
public sealed class MarkerHer2BandOverWordTests
{
    [Theory]
    [InlineData("The tumor was ER positive, PR negative and HER2 negative (score 1+).", "low")]
    [InlineData("Receptors: ER positive (90%), PR positive (20%), HER2 negative (1+).", "low")]
    [InlineData("The carcinoma was HER2-negative (IHC 1+) and strongly positive for ER.", "low")]
    [InlineData("The tumor was ER positive, PR negative and HER2 negative (score 0).", "negative")]
    [InlineData("The tumor was triple negative, with HER2 negative (0) on the core biopsy.", "negative")]
    [InlineData("HER2 was positive (3+) and trastuzumab was planned.", "positive")]
    [InlineData("The tumor was ER positive, PR negative and HER2 negative.", "negative")]
    public void AHer2ScoreDecidesOverTheWordBesideIt(string text, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, "HER2").Result);
    }

    [Theory]
    [InlineData("The tumor was ER positive (1+) and HER2 negative.", "ER", "positive")]
    [InlineData("The cells were CD30 positive (1+) on a minority of cells.", "CD30", "positive")]
    public void AScoreBesideTheWordOfAnotherMarkerLeavesTheWord(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }
}
