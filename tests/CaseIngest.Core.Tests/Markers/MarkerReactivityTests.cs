namespace CaseIngest.Core.Tests.Markers;

/// <summary>Results worded as reactivity ("nonreactive for", "weakly reactive for") and as the place of the staining ("nuclear SOX10").</summary>
public sealed class MarkerReactivityTests
{
    [Theory]
    [InlineData("The spindle cells were nonreactive for CD34 and S100.", "CD34", "negative")]
    [InlineData("The spindle cells were nonreactive for CD34 and S100.", "S100", "negative")]
    [InlineData("Lesional cells were non-reactive to CK7.", "CK7", "negative")]
    [InlineData("The tumour was weakly reactive for GATA3.", "GATA3", "positive")]
    [InlineData("Neoplastic cells were unreactive with p63.", "p63", "negative")]
    public void ReactivityWordsGiveTheResult(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);

    [Theory]
    [InlineData("The spindle cells showed nuclear SOX10 in most fields.", "SOX10", "positive")]
    [InlineData("Beta-catenin was membranous, without nuclear translocation.", "beta-catenin", "positive")]
    [InlineData("The glands retained membranous E-cadherin.", "E-cadherin", "intact")]
    [InlineData("There was no nuclear STAT6 in the lesion.", "STAT6", "negative")]
    [InlineData("Immunohistochemistry showed loss of nuclear INI1 in the tumour cells.", "INI1", "lost")]
    public void APlaceOfStainingIsTheStainsResult(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
}
