namespace CaseIngest.Core.Tests.Markers;

/// <summary>Stain results worded with "with" or "by" instead of "for", and a negative adverb before the staining verb.</summary>
public sealed class MarkerStainingVerbTests
{
    [Theory]
    [InlineData("The atypical cells stained positively with CK7 but not with CK20.", "CK7", "positive")]
    [InlineData("Neoplastic nuclei stained strongly with GATA3.", "GATA3", "positive")]
    [InlineData("The spindle cells were diffusely labelled by SOX10.", "SOX10", "positive")]
    [InlineData("Most tumour nuclei were labeled by WT1.", "WT1", "positive")]
    [InlineData("Immunolabelling for PAX8 was diffuse and strong.", "PAX8", "positive")]
    [InlineData("The tumour displayed reactivity with CDX2.", "CDX2", "positive")]
    [InlineData("The neoplastic glands reacted with CK20 in a patchy pattern.", "CK20", "positive")]
    [InlineData("Focal weak staining with p40 was observed in the basal layer.", "p40", "positive")]
    [InlineData("Tumour cells were negatively stained for CD10.", "CD10", "negative")]
    [InlineData("The lesional cells stained negatively with desmin.", "desmin", "negative")]
    [InlineData("The cells were negatively stained with S-100 protein.", "S100", "negative")]
    public void AStainingVerbWithWithOrByGivesTheMarkerItsResult(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);

    [Theory]
    [InlineData("The spindle cells were immunopositive diffusely for neural markers such as S-100 and SOX10.", "S100")]
    [InlineData("The spindle cells were immunopositive diffusely for neural markers such as S-100 and SOX10.", "SOX10")]
    [InlineData("Tumour cells were positive focally for desmin and caldesmon.", "desmin")]
    [InlineData("The lesion was immunoreactive strongly for GATA3.", "GATA3")]
    public void AnAdverbBetweenAResultWordAndForKeepsTheResult(string text, string name) =>
        Assert.Equal("positive", MarkerListTests.Single(text, name).Result);

    [Fact]
    public void StainingWithAPanelThatWasOnlyPerformedStatesNoResult()
    {
        var record = Support.Engines.Extract("Immunohistochemical staining with CK7 and CK20 was performed on the biopsy.");
        Assert.DoesNotContain(record.Markers, m => m.Result == "positive");
    }
}
