using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>Markers written as a name, their abbreviation in brackets, then their number: "cytokeratin (CK) 20".</summary>
public sealed class MarkerSplitNameTests
{
    [Theory]
    [InlineData("The glands stained diffusely for cytokeratin (CK) 7 and were negative for CDX2.", "CK7", "positive")]
    [InlineData("Tumour cells were negative for cytokeratin (CK)20 and positive for SATB2.", "CK20", "negative")]
    [InlineData("The infiltrate was positive for cluster of differentiation (CD) 3 and negative for PAX5.", "CD3", "positive")]
    public void ANameWithItsAbbreviationAndNumberIsTheNumberedMarker(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }

    [Fact]
    public void TheWrittenNameBeforeTheBracketIsNoMarkerOfItsOwn()
    {
        var record = Engines.Extract("The glands stained diffusely for cytokeratin (CK) 7 and were negative for CDX2.");
        Assert.DoesNotContain(record.Markers, m => m.Name == "pan-cytokeratin");
    }

    [Fact]
    public void ASplitNameStartsAListThatAFigureReferenceInterrupts()
    {
        const string text = "Strong staining for cytokeratin (CK) 19 (Figure 4B), E-cadherin and vimentin was seen.";
        Assert.Equal("positive", MarkerListTests.Single(text, "CK19").Result);
        Assert.Equal("positive", MarkerListTests.Single(text, "E-cadherin").Result);
    }

    [Fact]
    public void AnAbbreviationAndNumberThatNameNoMarkerAreLeftAlone()
    {
        var record = Engines.Extract("Computed tomography (CT) 3 months later showed no recurrence; CK7 was positive.");
        Assert.DoesNotContain(record.Markers, m => m.Name.StartsWith("CT", StringComparison.Ordinal));
    }
}
