using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// Gene symbols written in mouse-style case ("Olig2", "Sox11", "Tle1"), which name their gene only with a staining result.
/// </summary>
public sealed class MarkerSymbolSpellingTests
{
    [Theory]
    [InlineData("The tumour cells were diffusely positive for Olig2 and GFAP.", "OLIG2", "positive")]
    [InlineData("The lymphoma cells were positive for Sox11 and cyclin D1.", "SOX11", "positive")]
    [InlineData("The glial cells were negative for Sox2.", "SOX2", "negative")]
    [InlineData("The small round cells were positive for Fli1 and CD99.", "FLI1", "positive")]
    [InlineData("The synovial sarcoma cells were positive for Tle1 and negative for CD34.", "TLE1", "positive")]
    [InlineData("The blasts were negative for Lef1.", "LEF1", "negative")]
    public void AGeneSymbolInMouseStyleCaseNamesItsGene(string text, string gene, string result)
    {
        var fact = Assert.Single(Engines.Extract(text).Markers, m => m.Gene == gene);
        Assert.Equal(gene, fact.Name);
        Assert.Equal(result, fact.Result);
    }

    [Theory]
    [InlineData("See Fig4 and Tab2 for the results of the staining.")]
    [InlineData("Page1 of the report was missing.")]
    [InlineData("Her Sox2 level was elevated.")]
    [InlineData("The Olig2 gene was sequenced in a research laboratory.")]
    public void ASpellingOfASymbolWithoutAStainingResultIsNoMarker(string text)
    {
        Assert.Empty(Engines.Extract(text).Markers);
    }
}
