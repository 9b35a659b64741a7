namespace CaseIngest.Core.Tests.Markers;

/// <summary>Shares written with "percent" and indices whose figure follows a range verb or a hot-spot count.</summary>
public sealed class MarkerPercentWordTests
{
    [Theory]
    [InlineData("The Ki-67 labelling index was 25 percent.", "Ki-67", 25, "high")]
    [InlineData("PD-L1 was expressed in 60 per cent of tumour cells.", "PD-L1", 60, "high")]
    [InlineData("Ki-67 hot spot index of 12% was recorded.", "Ki-67", 12, "positive")]
    [InlineData("ER was positive in 90 percent of the tumour nuclei.", "ER", 90, "positive")]
    public void APercentWordGivesTheShare(string text, string name, double value, string result)
    {
        var fact = MarkerListTests.Single(text, name);
        Assert.Equal(value, fact.Value);
        Assert.Equal("%", fact.Unit);
        Assert.Equal(result, fact.Result);
    }

    [Fact]
    public void AnIndexThatRangedBetweenTwoLowFiguresIsLow()
    {
        Assert.Equal("low", MarkerListTests.Single("The Ki-67 index ranged from 2% to 5% across the blocks.", "Ki-67").Result);
    }

    [Theory]
    [InlineData("About 5 percent of the tumour cells were positive for Ki-67.", "Ki-67", 5, "low")]
    [InlineData("Roughly 80 per cent of the neoplastic cells expressed ER.", "ER", 80, "positive")]
    [InlineData("The proliferation index was 40 percent (Ki-67) in the hot spots.", "Ki-67", 40, "high")]
    public void APercentWordBeforeTheMarkerGivesTheShare(string text, string name, double value, string result)
    {
        var fact = MarkerListTests.Single(text, name);
        Assert.Equal(value, fact.Value);
        Assert.Equal(result, fact.Result);
    }
}
