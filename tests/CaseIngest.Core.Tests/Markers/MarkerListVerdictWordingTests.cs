using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// Verdicts shared by a list in the wording of pathology reports: a list set off by commas before its verdict ("the
/// other markers, including desmin and CD34, were negative"), a verdict on immunostaining before a list, in brackets
/// or with "for", and a verdict of rearrangement or normal level.
/// </summary>
public sealed class MarkerListVerdictWordingTests
{
    [Theory]
    [InlineData("The remaining markers, including S-100 protein, desmin and CD34, were also negative by immunostaining.", "desmin", "negative")]
    [InlineData("The remaining markers, including S-100 protein, desmin and CD34, were also negative by immunostaining.", "S100", "negative")]
    [InlineData("Other markers, including desmin and CD34, were negative.", "CD34", "negative")]
    [InlineData("The other stains, including glial fibrillary acidic protein (GFAP), epithelial membrane antigen (EMA), vimentin and p53, were also negative by immunostaining.", "EMA", "negative")]
    [InlineData("The other stains, including glial fibrillary acidic protein (GFAP), epithelial membrane antigen (EMA), vimentin and p53, were also negative by immunostaining.", "vimentin", "negative")]
    [InlineData("The epithelial markers, such as CK7 and CK19, were diffusely positive.", "CK19", "positive")]
    public void AListSetOffByCommasTakesTheVerdictAfterIt(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }

    [Theory]
    [InlineData("Positive immunostaining (CD1a and S100) confirmed Langerhans cell histiocytosis.", "CD1a", "positive")]
    [InlineData("Positive immunostaining (CD1a and S100) confirmed Langerhans cell histiocytosis.", "S100", "positive")]
    [InlineData("Positive immunostaining for CD1a and S100 was seen.", "CD1a", "positive")]
    [InlineData("Immunostaining for CD1a was strong and diffuse in the lesional cells.", "CD1a", "positive")]
    [InlineData("There was no immunostaining for CD34 or desmin.", "desmin", "negative")]
    [InlineData("Negative immunostaining for CK7 and CK20 argued against a metastasis.", "CK20", "negative")]
    public void AVerdictOnImmunostainingBeforeAListIsTheirs(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }

    [Fact]
    public void ImmunostainingForAMarkerThatWasOnlyPerformedStatesNoResult()
    {
        var record = Engines.Extract("Immunostaining for CD1a and S100 was performed on the biopsy.");
        Assert.DoesNotContain(record.Markers, m => m.Name is "CD1a" or "S100");
    }

    [Theory]
    [InlineData("FISH showed that ALK was not rearranged.", "ALK", "negative")]
    [InlineData("Fluorescence in situ hybridisation detected MYC rearrangement, but BCL2 and BCL6 were not rearranged.", "BCL6", "negative")]
    [InlineData("Fluorescence in situ hybridisation detected MYC rearrangement, but BCL2 and BCL6 were not rearranged.", "MYC", "rearranged")]
    [InlineData("HER2 was not overexpressed on immunohistochemistry.", "HER2", "negative")]
    public void ADeniedRearrangementOrOverexpressionIsNegative(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }

    [Fact]
    public void ANormalLevelOfASerumMarkerIsNegativeWithItsValue()
    {
        var fact = MarkerListTests.Single("Carcinoembryonic antigen was raised at 48 ng/mL, but a normal level of CA 19-9 (14 U/mL) was found.", "CA 19-9");
        Assert.Equal("negative", fact.Result);
        Assert.Equal(14, fact.Value);
    }
}
