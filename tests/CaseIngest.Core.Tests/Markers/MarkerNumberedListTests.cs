using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>Numbered markers sharing one written head: "cytokeratins 7 and 20", "CK 8 and 18", "CD3, 5 and 20".</summary>
public sealed class MarkerNumberedListTests
{
    [Theory]
    [InlineData("Cytokeratins 19 and 7 stained positive in the tumour.", "CK19", "positive")]
    [InlineData("Cytokeratins 19 and 7 stained positive in the tumour.", "CK7", "positive")]
    [InlineData("The glands were negative for cytokeratins 7 and 20.", "CK7", "negative")]
    [InlineData("The glands were negative for cytokeratins 7 and 20.", "CK20", "negative")]
    [InlineData("The lymphocytes were positive for CD3, 5 and 7 and negative for CD20.", "CD5", "positive")]
    [InlineData("The lymphocytes were positive for CD3, 5 and 7 and negative for CD20.", "CD20", "negative")]
    public void EachNumberAfterASharedHeadIsItsOwnMarker(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);

    [Theory]
    [InlineData("CD20 was positive and 3 cycles of R-CHOP were given.")]
    [InlineData("The mass measured 4 cm; CK7 and 20% of the cells were positive.")]
    public void ANumberThatCountsSomethingElseIsNoMarker(string text) =>
        Assert.DoesNotContain(Engines.Extract(text).Markers, m => m.Name is "CD3" or "CK20");
}
