namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// How pathology reports word a stain result besides "positive for": antibody wording ("anti-CD34 antibody"),
/// "immunoreactive to", "stained positively for", a heading with a colon, and "neither … nor".
/// </summary>
public sealed class MarkerStainingWordingTests
{
    [Theory]
    [InlineData("Staining with the anti-CD34 antibody was negative in the lesion.", "CD34", "negative")]
    [InlineData("Anti-desmin and anti-SMA antibodies showed positive staining of the spindle cells.", "desmin", "positive")]
    [InlineData("The epithelium showed reactivity for anti-CK5/6 and anti-p63 antibodies.", "CK5/6", "positive")]
    [InlineData("The epithelium showed reactivity for anti-CK5/6 and anti-p63 antibodies.", "p63", "positive")]
    [InlineData("Anti-desmin and anti-SMA antibodies showed positive staining of the spindle cells.", "SMA", "positive")]
    public void AnAntibodyNamedForItsMarkerGivesTheMarkerItsResult(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }

    [Theory]
    [InlineData("The spindle cells were immunoreactive to vimentin and CD99 but not to CD45.", "vimentin", "positive")]
    [InlineData("The spindle cells were immunoreactive to vimentin and CD99 but not to CD45.", "CD99", "positive")]
    [InlineData("The spindle cells were immunoreactive to vimentin and CD99 but not to CD45.", "CD45", "negative")]
    [InlineData("The atypical melanocytes stained positively for SOX10 and Melan-A.", "SOX10", "positive")]
    [InlineData("The atypical melanocytes stained positively for SOX10 and Melan-A.", "Melan-A", "positive")]
    [InlineData("The glandular cells stained negatively for CDX2.", "CDX2", "negative")]
    [InlineData("The neoplastic cells do not express CD117 or DOG1.", "CD117", "negative")]
    [InlineData("The neoplastic cells do not express CD117 or DOG1.", "DOG1", "negative")]
    public void AVerbWithAPrepositionStatesTheResultOfTheListAfterIt(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }

    [Theory]
    [InlineData("Immunohistochemistry. Positive: GATA3, CK7. Negative: CK20, TTF-1.", "CK7", "positive")]
    [InlineData("Immunohistochemistry. Positive: GATA3, CK7. Negative: CK20, TTF-1.", "CK20", "negative")]
    [InlineData("Immunohistochemistry. Positive: GATA3, CK7. Negative: CK20, TTF-1.", "TTF-1", "negative")]
    public void AResultHeadingWithAColonHoldsForTheListAfterIt(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }

    [Theory]
    [InlineData("Neither S100 nor SOX10 was expressed by the tumour cells.", "S100")]
    [InlineData("Neither S100 nor SOX10 was expressed by the tumour cells.", "SOX10")]
    [InlineData("Neither CD34 nor desmin was positive in the lesion.", "desmin")]
    public void NeitherNorDeniesTheResultStatedAfterTheList(string text, string name)
    {
        Assert.Equal("negative", MarkerListTests.Single(text, name).Result);
    }

    [Fact]
    public void AHer2ScoreAfterScoredIsRead()
    {
        var fact = MarkerListTests.Single("On immunohistochemistry HER2 was scored 3+.", "HER2");
        Assert.Equal("positive", fact.Result);
    }
}
