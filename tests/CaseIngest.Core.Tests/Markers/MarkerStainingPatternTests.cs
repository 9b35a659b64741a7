namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// How reports describe the pattern of a stain (patchy, scattered, granular, heterogeneous) between a marker and its
/// result, and the negations of a staining verb ("failed to stain for", "but not").
/// </summary>
public sealed class MarkerStainingPatternTests
{
    [Theory]
    [InlineData("Desmin showed patchy cytoplasmic positivity.", "desmin")]
    [InlineData("CD56 showed scattered weak positivity in the tumour.", "CD56")]
    [InlineData("Synaptophysin was faintly positive.", "synaptophysin")]
    [InlineData("CD117 demonstrated intense membranous positivity.", "CD117")]
    [InlineData("Calretinin was heterogeneously positive in the neoplastic cells.", "calretinin")]
    [InlineData("CK19 was partially positive.", "CK19")]
    [InlineData("S100 was extensively positive.", "S100")]
    [InlineData("CD10 showed granular cytoplasmatic positivity.", "CD10")]
    public void APatternWordBeforeTheResultKeepsTheResult(string text, string name)
    {
        Assert.Equal("positive", MarkerListTests.Single(text, name).Result);
    }

    [Theory]
    [InlineData("The tumour cells failed to stain for S100.", "S100")]
    [InlineData("The lesion failed to express CD34.", "CD34")]
    [InlineData("The tumour expressed vimentin but not cytokeratin.", "pan-cytokeratin")]
    [InlineData("The spindle cells expressed SMA but not desmin.", "desmin")]
    public void AFailedOrContrastedStainIsNegative(string text, string name)
    {
        Assert.Equal("negative", MarkerListTests.Single(text, name).Result);
    }

    [Theory]
    [InlineData("The tumour expressed vimentin but not cytokeratin.", "vimentin")]
    [InlineData("The spindle cells expressed SMA but not desmin.", "SMA")]
    public void TheMarkerBeforeButNotKeepsItsResult(string text, string name)
    {
        Assert.Equal("positive", MarkerListTests.Single(text, name).Result);
    }
}
