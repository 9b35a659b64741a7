namespace CaseIngest.Core.Tests.Golden;

public sealed class GoldenSourcesTests
{
    [Theory]
    [InlineData("maccrobat-26683938", "maccrobat")]
    [InlineData("pmc-gvf-PMID29983698", "pmc")]
    [InlineData("seed", "seed")]
    public void TheSourceOfAnIdIsTheTextBeforeItsFirstHyphen(string id, string source) =>
        Assert.Equal(source, GoldenSources.Of(id));

    [Fact]
    public void SumsEachSourcesDocumentsApartAndCountsItsDocumentsOnce()
    {
        var comparisons = new[]
        {
            new GoldenDocumentComparison("pmc-a", GoldenCategory.Drugs, new GoldenComparison(3, ["p1|cisplatin|given"], [])),
            new GoldenDocumentComparison("pmc-a", GoldenCategory.Markers, new GoldenComparison(1, [], [])),
            new GoldenDocumentComparison("pmc-b", GoldenCategory.Drugs, new GoldenComparison(1, [], ["p1|etoposide|given"])),
            new GoldenDocumentComparison("maccrobat-c", GoldenCategory.Drugs, new GoldenComparison(2, [], [])),
        };

        var sums = GoldenSources.Sum(comparisons);

        Assert.Equal(["maccrobat", "pmc"], sums.Select(s => s.Source));
        var pmc = sums[1];
        Assert.Equal(2, pmc.Documents);
        Assert.Equal((4, 1, 1), (pmc.Scores[GoldenCategory.Drugs].TruePositives, pmc.Scores[GoldenCategory.Drugs].FalsePositives, pmc.Scores[GoldenCategory.Drugs].FalseNegatives));
        Assert.Equal(1.0, sums[0].Scores[GoldenCategory.Drugs].F1);
    }

    [Fact]
    public void TheTableShowsADashWhereASourceHoldsNothingOfACategoryAndNamesNoItem()
    {
        var comparisons = new[]
        {
            new GoldenDocumentComparison("pmc-a", GoldenCategory.Drugs, new GoldenComparison(1, ["p1|cisplatin|given"], [])),
            new GoldenDocumentComparison("pmc-a", GoldenCategory.Markers, new GoldenComparison(0, [], [])),
        };

        var table = GoldenSources.Format("test", comparisons);

        Assert.Contains("pmc", table, StringComparison.Ordinal);
        Assert.Contains("0.667", table, StringComparison.Ordinal);
        Assert.Contains(" -", table, StringComparison.Ordinal);
        Assert.DoesNotContain("cisplatin", table, StringComparison.Ordinal);
    }
}
