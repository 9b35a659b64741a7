namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// A result word that reaches a list through a class noun ("negative for the melanocytic markers SOX10 and HMB-45")
/// or across a list item that is no marker of the lexicon.
/// </summary>
public sealed class MarkerClassNounListTests
{
    [Theory]
    [InlineData("The spindle cells were negative for the melanocytic markers SOX10 and HMB-45.", "SOX10", "negative")]
    [InlineData("The spindle cells were negative for the melanocytic markers SOX10 and HMB-45.", "HMB45", "negative")]
    [InlineData("The tumour cells expressed the neuroendocrine markers synaptophysin and chromogranin A.", "synaptophysin", "positive")]
    [InlineData("The tumour cells expressed the neuroendocrine markers synaptophysin and chromogranin A.", "chromogranin A", "positive")]
    [InlineData("Immunohistochemistry was positive for epithelial markers such as CK7 and EMA.", "CK7", "positive")]
    [InlineData("Immunohistochemistry was positive for epithelial markers such as CK7 and EMA.", "EMA", "positive")]
    [InlineData("The infiltrate was negative for the B-cell markers CD20 and CD79a, and positive for CD3.", "CD20", "negative")]
    [InlineData("The infiltrate was negative for the B-cell markers CD20 and CD79a, and positive for CD3.", "CD3", "positive")]
    public void AResultWordReachesAListThroughItsClassNoun(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }

    [Theory]
    [InlineData("The atypical cells were positive for immunoglobulin kappa light chain, CD138 and CD56.", "CD138")]
    [InlineData("The atypical cells were positive for immunoglobulin kappa light chain, CD138 and CD56.", "CD56")]
    [InlineData("Tumour cells showed positivity for calcitonin (Figure 4A), chromogranin-A and synaptophysin.", "chromogranin A")]
    [InlineData("Tumour cells showed positivity for calcitonin (Figure 4A), chromogranin-A and synaptophysin.", "synaptophysin")]
    [InlineData("The cells were positive for inhibin [Fig. 2], CD99 and calretinin.", "CD99")]
    public void AResultWordReachesAListAcrossALongItemThatIsNoMarker(string text, string name)
    {
        Assert.Equal("positive", MarkerListTests.Single(text, name).Result);
    }

    [Fact]
    public void AClassNounWithoutAResultWordGivesTheListNoResult()
    {
        var record = Support.Engines.Extract("The panel of lymphoid markers CD20 and CD3 was ordered on the biopsy.");
        Assert.DoesNotContain(record.Markers, m => m.Name == "CD20");
    }
}
