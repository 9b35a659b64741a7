namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// A proliferation index written as a "proliferating index", and a share of nuclei "labelled", give Ki-67 its figure:
/// "the Ki-67 proliferating index was 12%", "nuclear labelling in 40% of the neoplastic cells".
/// </summary>
public sealed class MarkerProliferatingIndexTests
{
    [Theory]
    [InlineData("The Ki-67 proliferating index was 12%.", 12.0)]
    [InlineData("The Ki67 proliferating index revealed nuclear staining in approximately 15% of the tumor cells.", 15.0)]
    [InlineData("Ki-67 immunostaining revealed nuclear labelling in 40% of the neoplastic cells.", 40.0)]
    [InlineData("MIB-1 showed nuclear labeling in about 8% of the tumour cells.", 8.0)]
    public void TheIndexOrShareOfLabelledNucleiIsTheFigure(string text, double value)
    {
        var marker = MarkerListTests.Single(text, "Ki-67");
        Assert.Equal((value, "%"), (marker.Value, marker.Unit));
    }
}
