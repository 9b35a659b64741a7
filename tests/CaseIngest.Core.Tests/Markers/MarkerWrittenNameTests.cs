namespace CaseIngest.Core.Tests.Markers;

/// <summary>Markers written out by their approved HGNC name rather than their symbol.</summary>
public sealed class MarkerWrittenNameTests
{
    [Theory]
    [InlineData("The lymphoid cells were diffusely positive for paired box 5 and negative for cyclin D1.", "PAX5", "PAX5", "positive")]
    [InlineData("The glial component was positive for glial fibrillary acidic protein.", "GFAP", "GFAP", "positive")]
    [InlineData("Serum fibroblast growth factor 23 was elevated at 410 pg/mL.", "FGF23", "FGF23", "high")]
    public void AGeneWrittenOutByItsApprovedNameIsAMarkerOfThatGene(string text, string name, string gene, string result)
    {
        var fact = MarkerListTests.Single(text, name);
        Assert.Equal(gene, fact.Gene);
        Assert.Equal(result, fact.Result);
    }

    [Fact]
    public void AnApprovedNameReadsAsTheCuratedMarkerOfItsGene()
    {
        var fact = MarkerListTests.Single("The tumour cells were positive for paired box 8 and negative for CK20.", "PAX8");
        Assert.Equal("PAX8", fact.Gene);
        Assert.Equal("positive", fact.Result);
    }

    [Fact]
    public void AWrittenOutNameYieldsToTheMarkerItsBracketedAbbreviationNames()
    {
        const string text = "The tumour was positive for GATA3, transcription termination factor 1 (TTF1) and p40.";
        Assert.Equal("positive", MarkerListTests.Single(text, "TTF-1").Result);
        Assert.DoesNotContain(Support.Engines.Extract(text).Markers, m => m.Name == "TTF1");
    }

    [Fact]
    public void AWrittenOutNameAndItsOwnAbbreviationAreOneMarker()
    {
        var fact = MarkerListTests.Single("The tumour cells were positive for paired box 8 (PAX8).", "PAX8");
        Assert.Equal("positive", fact.Result);
    }

    [Fact]
    public void AnApprovedNameWithoutAResultIsNoMarker()
    {
        var record = Support.Engines.Extract("The role of glial fibrillary acidic protein in astrocytes is reviewed elsewhere.");
        Assert.DoesNotContain(record.Markers, m => m.Gene == "GFAP");
    }
}
