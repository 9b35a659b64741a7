namespace CaseIngest.Core.Tests.Markers;

/// <summary>An equivocal stain settled by in situ hybridisation in the same or the next sentence.</summary>
public sealed class MarkerReflexTestTests
{
    [Theory]
    [InlineData("HER2 was equivocal (2+) on immunohistochemistry, and FISH showed no amplification.", "negative", "FISH")]
    [InlineData("HER2 immunostaining was equivocal. Fluorescence in situ hybridization did not show amplification of the gene.", "negative", "FISH")]
    [InlineData("The HER2 score was 2+ (equivocal); SISH confirmed gene amplification.", "positive", "SISH")]
    [InlineData("HER2 (2+, equivocal) was sent for in situ hybridisation, which showed no amplification.", "negative", "ISH")]
    [InlineData("HER2 was equivocal by IHC. Subsequent FISH revealed gene amplification with a ratio of 2.6.", "positive", "FISH")]
    public void AnEquivocalStainTakesTheVerdictOfItsHybridisation(string text, string result, string method)
    {
        var fact = MarkerListTests.Single(text, "HER2");
        Assert.Equal(result, fact.Result);
        Assert.Equal(method, fact.Method);
    }

    [Fact]
    public void AnEquivocalStainWithoutHybridisationStatesNoResult()
    {
        var record = Support.Engines.Extract("HER2 was equivocal on immunohistochemistry. The patient started chemotherapy.");
        Assert.DoesNotContain(record.Markers, m => m.Name == "HER2" && m.Result is "positive" or "negative");
    }
}
