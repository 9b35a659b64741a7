using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// Two markers joined by a colon or a slash and followed by "ratio" ("a CD4:CD8 ratio of 4.1", "the CD4/CD8 ratio") are
/// a ratio of two cell counts, not a fusion of the two genes; a fusion written the same way without the ratio stays one.
/// </summary>
public sealed class MarkerRatioOfTwoMarkersTests
{
    [Theory]
    [InlineData("Lymphocyte subsets in the lavage fluid showed a CD4:CD8 ratio of 7.3, supporting sarcoidosis.")]
    [InlineData("Flow cytometry of the pleural fluid gave a CD4/CD8 ratio of 0.4.")]
    [InlineData("The CD4:CD8 ratio in the infiltrate was markedly inverted.")]
    [InlineData("An elevated CD4 : CD8 ratio was noted in the bronchoalveolar lavage.")]
    public void ARatioOfTwoCellCountsIsNoFusion(string text) =>
        Assert.DoesNotContain(Engines.Extract(text).Markers, m => m.Result == "rearranged");

    [Theory]
    [InlineData("RNA sequencing revealed an EML4:ALK fusion in the tumour.", "ALK", "EML4")]
    [InlineData("A KIF5B-RET rearrangement was detected by next-generation sequencing.", "RET", "KIF5B")]
    [InlineData("The ratio of tumour to stroma was high, and an ETV6-NTRK3 fusion was identified.", "NTRK3", "ETV6")]
    public void AFusionWithoutARatioStaysAFusion(string text, string name, string partner)
    {
        var marker = MarkerListTests.Single(text, name);
        Assert.Equal("rearranged", marker.Result);
        Assert.Equal(partner, marker.Variant);
    }
}
