namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// A result stated after an article ("showed a wild-type pattern", "had an equivocal score"), and a proliferation
/// index joined to its percentage by a verb ("reached 80%", "estimated at 10%", "up to 50%").
/// </summary>
public sealed class MarkerPatternAndIndexTests
{
    [Theory]
    [InlineData("On immunohistochemistry p53 showed a wild-type pattern.", "p53", "wild-type")]
    [InlineData("p53 immunostaining showed a wild-type staining pattern in the tumour.", "p53", "wild-type")]
    [InlineData("Staining for p53 demonstrated a mutant pattern.", "p53", "mutated")]
    [InlineData("The adenocarcinoma showed an ALK rearrangement on FISH.", "ALK", "rearranged")]
    public void AResultAfterAnArticleIsRead(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }

    [Theory]
    [InlineData("The Ki-67 labeling index reached 80% in the most active areas.", 80.0, "high")]
    [InlineData("Ki-67 was estimated at 5% of tumour nuclei.", 5.0, "low")]
    [InlineData("Ki-67 expression was up to 30% in hot spots.", 30.0, "high")]
    [InlineData("The MIB-1 index was estimated to be 12%.", 12.0, "positive")]
    public void AProliferationIndexJoinedToItsPercentageByAVerbKeepsTheValue(string text, double value, string result)
    {
        var fact = MarkerListTests.Single(text, "Ki-67");
        Assert.Equal(value, fact.Value);
        Assert.Equal(result, fact.Result);
    }
}
