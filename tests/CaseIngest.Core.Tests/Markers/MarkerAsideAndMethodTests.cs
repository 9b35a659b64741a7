namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// A participial aside between a marker and its value ("…, measured in the hot spots, was 35%"), and a proliferation
/// index that takes the staining method named in an earlier sentence of its paragraph.
/// </summary>
public sealed class MarkerAsideAndMethodTests
{
    [Theory]
    [InlineData("The Ki-67 labelling index, assessed in the areas of highest activity, was 35%.", 35)]
    [InlineData("Ki-67, counted in 500 tumour nuclei, was 8%.", 8)]
    [InlineData("The MIB-1 index, evaluated by two pathologists, was about 12%.", 12)]
    public void AParticipialAsideBetweenAnIndexAndItsValueIsReadPast(string text, double value)
    {
        var fact = MarkerListTests.Single(text, "Ki-67");
        Assert.Equal(value, fact.Value);
    }

    [Fact]
    public void AnAsideThatNamesAnotherMarkerStillEndsTheReading()
    {
        var record = Support.Engines.Extract("The Ki-67 index, compared with p53, was 40%.");
        Assert.DoesNotContain(record.Markers, m => m.Name == "p53" && m.Value == 40);
    }

    [Fact]
    public void AnIndexTakesTheStainingMethodOfAnEarlierSentenceOfItsParagraph()
    {
        var fact = MarkerListTests.Single(
            "Immunohistochemistry showed diffuse positivity for synaptophysin and chromogranin. The Ki-67 index was 18%.", "Ki-67");
        Assert.Equal("IHC", fact.Method);
    }

    [Fact]
    public void AnIndexOnTheNextLineTakesTheMethodButNotAcrossABlankLine()
    {
        var nextLine = MarkerListTests.Single("The tumour cells were negative for S-100 by immunostaining.\nThe Ki-67 index was 4%.", "Ki-67");
        Assert.Equal("IHC", nextLine.Method);
        var nextParagraph = MarkerListTests.Single("The tumour cells were negative for S-100 by immunostaining.\n\nThe Ki-67 index was 4%.", "Ki-67");
        Assert.Null(nextParagraph.Method);
    }

    [Fact]
    public void AnIndexWithNoMethodNamedInItsParagraphHasNone()
    {
        var fact = MarkerListTests.Single("The biopsy showed a ductal carcinoma. The Ki-67 index was 18%.", "Ki-67");
        Assert.Null(fact.Method);
    }

    [Fact]
    public void AShareOfPatientsInAGeneralSentenceIsNoResultOfTheCase()
    {
        var record = Support.Engines.Extract("Among 300 patients in that cohort, KRAS (35%) and PIK3CA (20%) alterations were the most frequent findings.");
        Assert.DoesNotContain(record.Markers, m => m.Name is "KRAS" or "PIK3CA");
    }

    [Fact]
    public void AVariantWithItsAlleleShareInACaseSentenceStays()
    {
        var record = Support.Engines.Extract("Sequencing of the resected tumour found a KRAS G12D mutation (allele frequency 35%).");
        Assert.Contains(record.Markers, m => m.Name == "KRAS" && m.Variant == "G12D");
    }
}
