using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// A list of markers before one stain noun ("strong CK7, CK20 and CDX2 staining", "no CK7 or CK20 expression"): the noun
/// after the last item is every item's, expressed unless negated; a list whose noun was only tested gives none.
/// </summary>
public sealed class MarkerStainNounAfterListTests
{
    [Theory]
    [InlineData("Immunohistochemistry revealed strong CK7, CK20 and CDX2 staining in the glands.", "CK7", "positive")]
    [InlineData("Immunohistochemistry revealed strong CK7, CK20 and CDX2 staining in the glands.", "CK20", "positive")]
    [InlineData("The lesion showed diffuse CD117 and DOG1 expression.", "CD117", "positive")]
    [InlineData("Sections showed strong GATA3 (Fig. 3A), CK7 (Fig. 3B) and HER2 (Fig. 3C) staining of the tumour cells.", "GATA3", "positive")]
    [InlineData("Sections showed strong GATA3 (Fig. 3A), CK7 (Fig. 3B) and HER2 (Fig. 3C) staining of the tumour cells.", "CK7", "positive")]
    [InlineData("We saw patchy p16 and diffuse p53 immunostaining.", "p16", "positive")]
    [InlineData("Both CD56 and synaptophysin expression were strong in the nests.", "CD56", "positive")]
    [InlineData("There was no CK5/6 or p40 staining in the tumour.", "CK5/6", "negative")]
    [InlineData("Neither TTF-1 nor napsin A expression was seen.", "TTF-1", "negative")]
    public void EachItemSharesTheStainNounAfterTheList(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);

    [Theory]
    [InlineData("CK7, CK20 and SATB2 staining was performed on the block.", "CK7")]
    [InlineData("Ki-67 and p53 expression were assessed on the resection.", "Ki-67")]
    [InlineData("Ki-67 and p53 expression were assessed on the resection.", "p53")]
    [InlineData("PD-L1 (SP263) and HER2 expression was evaluated by the referring laboratory.", "HER2")]
    [InlineData("The block was sent for CD3 and CD20 staining.", "CD3")]
    [InlineData("The block was sent for CD3 and CD20 staining.", "CD20")]
    public void AListWhoseStainNounWasOnlyTestedGivesNoResult(string text, string name) =>
        Assert.DoesNotContain(Engines.Extract(text).Markers, m => m.Name == name);

    [Theory]
    [InlineData("CK7 was positive, and CK20 expression was absent.", "CK7", "positive")]
    [InlineData("CK7 was positive, and CK20 expression was absent.", "CK20", "negative")]
    [InlineData("MLH1, PMS2, MSH2 and MSH6 expression was retained.", "MLH1", "intact")]
    [InlineData("CK7, CK20 and CDX2 staining was negative.", "CK7", "negative")]
    [InlineData("HER2 (3+) and EGFR expression were noted.", "HER2", "positive")]
    public void AnItemWithItsOwnResultKeepsIt(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
}
