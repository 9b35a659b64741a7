namespace CaseIngest.Core.Tests.Markers;

/// <summary>Results stated for a named group of markers: the receptors of breast cancer, the hormone receptors.</summary>
public sealed class MarkerGroupedResultTests
{
    [Theory]
    [InlineData("Core biopsy confirmed a triple-negative invasive ductal carcinoma.")]
    [InlineData("She had triple negative breast cancer treated with neoadjuvant chemotherapy.")]
    [InlineData("The tumour was triple negative on immunohistochemistry, with a Ki-67 of 70%.")]
    [InlineData("Histology showed a grade 3 carcinoma (ER-/PR-/HER2-), i.e. triple-negative disease.")]
    public void TripleNegativeStatesEachBreastReceptorNegative(string text)
    {
        Assert.Equal("negative", MarkerListTests.Single(text, "ER").Result);
        Assert.Equal("negative", MarkerListTests.Single(text, "PR").Result);
        Assert.Equal("negative", MarkerListTests.Single(text, "HER2").Result);
    }

    [Theory]
    [InlineData("Hormone receptors were positive and HER2 was not amplified.", "positive")]
    [InlineData("The tumour was hormone receptor-positive and HER2-negative.", "positive")]
    [InlineData("Both hormone receptors were negative.", "negative")]
    [InlineData("Immunohistochemistry showed a hormone receptor negative tumour.", "negative")]
    public void AHormoneReceptorResultStatesEstrogenAndProgesteroneReceptors(string text, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, "ER").Result);
        Assert.Equal(result, MarkerListTests.Single(text, "PR").Result);
    }

    [Fact]
    public void HormoneReceptorTherapyStatesNoResult()
    {
        var record = Support.Engines.Extract("She was treated with a hormone receptor antagonist for two years.");
        Assert.DoesNotContain(record.Markers, m => m.Name is "ER" or "PR");
    }

    [Fact]
    public void TripleNegativeDiseaseDiscussedInGeneralStatesNothingOfTheCase()
    {
        const string text = "Case presentation\nA 45-year-old woman presented with a breast lump.\n\nDiscussion\nTriple-negative breast cancer accounts for about 15% of breast cancers.";
        Assert.DoesNotContain(Support.Engines.Extract(text).Markers, m => m.Name is "ER" or "PR" or "HER2");
    }

    [Fact]
    public void AReceptorReportedOnItsOwnKeepsItsOwnResult()
    {
        const string text = "ER was weakly positive (5%), PR was negative, and the tumour was otherwise treated as triple-negative.";
        Assert.Equal("positive", MarkerListTests.Single(text, "ER").Result);
        Assert.Equal("negative", MarkerListTests.Single(text, "HER2").Result);
    }
}
