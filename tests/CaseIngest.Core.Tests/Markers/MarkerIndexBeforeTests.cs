namespace CaseIngest.Core.Tests.Markers;

/// <summary>A proliferation index stated before the marker it was measured with.</summary>
public sealed class MarkerIndexBeforeTests
{
    [Theory]
    [InlineData("The mitotic count was low and the proliferation index was below 3% as assessed by immunostaining for Ki-67.", "low")]
    [InlineData("The tumour had a labelling index of 40% (Ki-67) in the hot spots.", "high")]
    [InlineData("A proliferative index of 25%, measured with MIB-1, was found in the nodule.", "high")]
    public void AnIndexNamedBeforeItsMarkerBelongsToIt(string text, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, "Ki-67").Result);
    }
}
