using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// An aside inside a list that denies a marker ("synaptophysin, but not chromogranin, was positive") or says where or
/// how much it stained ("CD31 and, in places, CD34 were positive", "CD3 and, to a lesser extent, CD5 were expressed"): the
/// marker before the aside takes the verdict after it, and a denied marker stays negative.
/// </summary>
public sealed class MarkerDenyingAsideTests
{
    [Theory]
    [InlineData("Synaptophysin, but not chromogranin, was positive.", "synaptophysin", "positive")]
    [InlineData("Synaptophysin, but not chromogranin, was positive.", "chromogranin A", "negative")]
    [InlineData("CK7, but not CK20, was expressed by the tumour cells.", "CK7", "positive")]
    [InlineData("CK7, but not CK20, was expressed by the tumour cells.", "CK20", "negative")]
    [InlineData("On immunohistochemistry S100, but not HMB-45, was diffusely positive.", "S100", "positive")]
    [InlineData("Desmin, not myogenin, was strongly positive in the spindle cells.", "desmin", "positive")]
    [InlineData("CD31 and, in places, CD34 were positive.", "CD31", "positive")]
    [InlineData("CD31 and, in places, CD34 were positive.", "CD34", "positive")]
    [InlineData("CD3 and, to a lesser extent, CD5 were expressed by the atypical cells.", "CD3", "positive")]
    [InlineData("Calretinin and, variably, WT1 were positive.", "calretinin", "positive")]
    public void TheMarkerBeforeTheAsideTakesTheVerdict(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);

    [Theory]
    [InlineData("CK7, but not CK20, was requested from the referring laboratory.", "CK7")]
    [InlineData("Synaptophysin, but not chromogranin, is usually positive in these tumours.", "synaptophysin")]
    public void AnAsideBeforeNoVerdictGivesNone(string text, string name) =>
        Assert.DoesNotContain(Engines.Extract(text).Markers, m => m.Name == name && m.Result == "positive");
}
