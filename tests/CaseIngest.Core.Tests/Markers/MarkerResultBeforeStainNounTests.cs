using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// A result word before a noun of stains ("Negative stains included", "Positive immunostains were", "Negative
/// antibodies:") gives its result to each marker of the list that follows.
/// </summary>
public sealed class MarkerResultBeforeStainNounTests
{
    [Theory]
    [InlineData("Negative stains included CK7, SOX10 and calretinin.", "negative")]
    [InlineData("Negative immunostains included CK7, SOX10 and calretinin.", "negative")]
    [InlineData("Negative immunohistochemical stains included CK7, SOX10, and calretinin.", "negative")]
    [InlineData("Positive stains were CK7, SOX10 and calretinin.", "positive")]
    [InlineData("Positive immunostains: CK7, SOX10 and calretinin.", "positive")]
    [InlineData("Negative markers included CK7, SOX10 and calretinin.", "negative")]
    [InlineData("Negative antibodies included CK7, SOX10 and calretinin.", "negative")]
    [InlineData("The tumour was positive for vimentin. Negative stains include CK7, SOX10 and calretinin.", "negative")]
    public void AResultBeforeANounOfStainsGivesEachListedMarkerItsResult(string text, string result)
    {
        foreach (var name in new[] { "CK7", "SOX10", "calretinin" })
        {
            Assert.Equal(result, MarkerListTests.Single(text, name).Result);
        }
    }

    [Fact]
    public void TwoStainNounsInARowKeepTheirOwnResults()
    {
        const string text = "Positive immunostains: desmin and myogenin. Negative immunostains: CK7, S-100 and CD34.";
        Assert.Equal("positive", MarkerListTests.Single(text, "desmin").Result);
        Assert.Equal("positive", MarkerListTests.Single(text, "myogenin").Result);
        Assert.Equal("negative", MarkerListTests.Single(text, "CK7").Result);
        Assert.Equal("negative", MarkerListTests.Single(text, "CD34").Result);
    }

    [Theory]
    [InlineData("Additional stains included CK7, SOX10 and calretinin.")]
    [InlineData("Stains were ordered for CK7, SOX10 and calretinin.")]
    [InlineData("Negative controls were run beside CK7, SOX10 and calretinin.")]
    public void ANounOfStainsWithoutAResultGivesNone(string text)
    {
        Assert.Empty(Engines.Extract(text).Markers);
    }
}
