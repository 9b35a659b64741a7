namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// "positively expressed" and "negatively expressed" before a list of stains: the adverb gives the verdict of every
/// stain after it, so "negatively expressed" is negative however the plain verb "expressed" reads.
/// </summary>
public sealed class MarkerAdverbExpressedTests
{
    [Theory]
    [InlineData("The spindle cells positively expressed SMA and calponin but negatively expressed desmin, CD34 and S-100.", "SMA", "positive")]
    [InlineData("The spindle cells positively expressed SMA and calponin but negatively expressed desmin, CD34 and S-100.", "desmin", "negative")]
    [InlineData("The spindle cells positively expressed SMA and calponin but negatively expressed desmin, CD34 and S-100.", "CD34", "negative")]
    [InlineData("The spindle cells positively expressed SMA and calponin but negatively expressed desmin, CD34 and S-100.", "S100", "negative")]
    [InlineData("Tumour cells negatively expressed CK7 and TTF-1.", "TTF-1", "negative")]
    public void TheAdverbGivesTheVerdict(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);

    [Theory]
    [InlineData("The tumour cells expressed desmin and myogenin.", "desmin", "positive")]
    public void ThePlainVerbStaysPositive(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
}
