using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>A panel written as a table of cells between pipes, one marker a row, gives each marker the result of its row.</summary>
public sealed class MarkerPipeRowTests
{
    private const string MarkdownPanel =
        "A 61-year-old woman presented with a pelvic mass.\n\nImmunohistochemistry of the resected tumour:\n\n"
        + "| Antibody | Clone | Result |\n|---|---|---|\n| PAX8 | MRQ-50 | Positive (diffuse) |\n| WT1 | 6F-H2 | Focally positive |\n"
        + "| Calretinin | SP13 | Negative |\n| p53 (DO-7) | - | + |\n| Napsin A | - | - |\n| MLH1 | ES05 | Retained |\n| PMS2 | EP51 | Lost |\n\n"
        + "She received carboplatin and paclitaxel.";

    private const string PlainPanel =
        "A 45-year-old man had a soft tissue mass of the thigh. Immunohistochemical panel\nAntibody | Result\nDesmin | Positive\n"
        + "Myogenin | Focal positive\nCD34 | Negative\nS-100 | Neg\nThe tumour was excised with clear margins.";

    [Theory]
    [InlineData("PAX8", "positive")]
    [InlineData("WT1", "positive")]
    [InlineData("calretinin", "negative")]
    [InlineData("p53", "positive")]
    [InlineData("napsin A", "negative")]
    [InlineData("MLH1", "intact")]
    [InlineData("PMS2", "lost")]
    public void EachMarkerRowOfAMarkdownTableHasItsResult(string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(MarkdownPanel, name).Result);
    }

    [Theory]
    [InlineData("desmin", "positive")]
    [InlineData("myogenin", "positive")]
    [InlineData("CD34", "negative")]
    [InlineData("S100", "negative")]
    public void EachMarkerRowOfCellsBetweenPipesHasItsResult(string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(PlainPanel, name).Result);
    }

    [Theory]
    [InlineData("Findings\n\n| Finding | Value |\n|---|---|\n| Tumour size | 3 cm |\n| Margins | Negative |\n\nHe recovered.")]
    [InlineData("Panel\n\n| Marker | Planned |\n|---|---|\n| CK7 and CK20 | Pending |\n\nResults were awaited.")]
    public void ARowWithoutAMarkerAndAResultGivesNone(string text)
    {
        Assert.Empty(Engines.Extract(text).Markers);
    }
}
