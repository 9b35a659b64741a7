using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// A list of stains named without a result takes the verdict the next sentence gives the whole list ("All were
/// negative."), and nothing else does.
/// </summary>
public sealed class MarkerNextSentenceVerdictTests
{
    [Theory]
    [InlineData("Immunohistochemical staining for CK7, GATA3 and synaptophysin was performed. All were negative.", "negative")]
    [InlineData("Immunostains for desmin and S100 were obtained. Both stains came back positive.", "positive")]
    [InlineData("Immunohistochemistry for MLH1, PMS2, MSH2 and MSH6 was carried out. The results showed proficient mismatch repair.", "intact")]
    [InlineData("We stained the specimen for chromogranin A, CD56 and TTF-1. All of these markers were negative in the tumour cells.", "negative")]
    public void AListOfStainsTakesTheVerdictTheNextSentenceGivesTheWholeList(string text, string result)
    {
        foreach (var name in MarkerNames(text))
        {
            Assert.Equal(result, MarkerListTests.Single(text, name).Result);
        }
    }

    [Theory]
    [InlineData("Immunohistochemical staining for CK7, GATA3 and synaptophysin was performed. The margins were negative.")]
    [InlineData("Immunohistochemical staining for CK7, GATA3 and synaptophysin was performed. All lymph nodes were negative.")]
    [InlineData("Staining for CK7 and GATA3 was requested. All cultures were negative.")]
    public void ANextSentenceAboutSomethingElseGivesTheListNoResult(string text)
    {
        Assert.DoesNotContain(Engines.Extract(text).Markers, m => m.Name is "CK7" or "GATA3");
    }

    private static IEnumerable<string> MarkerNames(string text) =>
        new[] { "MLH1", "PMS2", "MSH2", "MSH6", "CK7", "GATA3", "synaptophysin", "desmin", "S100", "chromogranin A", "CD56", "TTF-1" }.Where(n => text.Contains(n, StringComparison.Ordinal));
}
