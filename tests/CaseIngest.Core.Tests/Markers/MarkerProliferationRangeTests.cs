namespace CaseIngest.Core.Tests.Markers;

/// <summary>A proliferation index given as a range or a bound: high or low by its bounds, without a single value.</summary>
public sealed class MarkerProliferationRangeTests
{
    [Theory]
    [InlineData("The Ki-67 labelling index was 60–70% in the hot spots.", "high")]
    [InlineData("Ki-67 was expressed in 30%-40% of tumour nuclei.", "high")]
    [InlineData("The MIB-1 index was 1-2%, in keeping with a low-grade tumour.", "low")]
    [InlineData("The Ki-67 index was <3% throughout the lesion.", "low")]
    [InlineData("The Ki-67 proliferation index was 10–30%.", "positive")]
    [InlineData("The Ki-67 index was 2% to 4% in the adenoma.", "low")]
    public void AProliferationRangeReadsByItsBounds(string text, string result)
    {
        var fact = MarkerListTests.Single(text, "Ki-67");
        Assert.Equal(result, fact.Result);
        Assert.Null(fact.Value);
    }

    [Fact]
    public void ARangeWithAPercentSignOnBothBoundsIsOneRange()
    {
        var fact = MarkerListTests.Single("Nuclear Ki-67 staining was seen in 15%–25% of the cells.", "Ki-67");
        Assert.Null(fact.Value);
    }
}
