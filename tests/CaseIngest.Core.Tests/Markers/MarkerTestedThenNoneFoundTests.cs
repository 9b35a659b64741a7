using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// A mutation test of one or more genes followed, in the same sentence, by a clause saying nothing was found ("..., but no
/// alterations were found", "; no mutation was detected", "with no pathogenic variants detected") makes each tested gene
/// wild-type; a test whose later clause says something else leaves the genes without a result.
/// </summary>
public sealed class MarkerTestedThenNoneFoundTests
{
    [Theory]
    [InlineData("Analysis of BRAF and KRAS mutations was undertaken, but no alterations were found.", "BRAF")]
    [InlineData("Analysis of BRAF and KRAS mutations was undertaken, but no alterations were found.", "KRAS")]
    [InlineData("Testing for IDH1 mutations was performed on the resection; no mutation was detected.", "IDH1")]
    [InlineData("Screening for JAK2 and CALR mutations was carried out, and no abnormalities were identified.", "JAK2")]
    [InlineData("Screening for JAK2 and CALR mutations was carried out, and no abnormalities were identified.", "CALR")]
    [InlineData("Sequencing of NRAS and HRAS was done on the marrow aspirate, with no pathogenic variants detected.", "HRAS")]
    public void EachGeneOfATestThatFoundNothingIsWildType(string text, string name) =>
        Assert.Equal("wild-type", MarkerListTests.Single(text, name).Result);

    [Theory]
    [InlineData("Testing for EGFR mutations was requested, but the result is still awaited.", "EGFR")]
    [InlineData("Analysis of KRAS mutations was performed, and no further surgery was planned.", "KRAS")]
    [InlineData("Screening for BRCA2 mutations was offered to her sisters, and no relatives have been tested yet.", "BRCA2")]
    public void ATestWhoseLaterClauseReportsNoVerdictLeavesNoResult(string text, string name) =>
        Assert.DoesNotContain(Engines.Extract(text).Markers, m => m.Name == name && m.Result is "wild-type" or "negative");

    [Theory]
    [InlineData("Sequencing of KRAS and NRAS was performed, and a KRAS G12V mutation was found.", "KRAS", "mutated")]
    [InlineData("The tumour was negative for EGFR mutations, and no ALK rearrangement was found.", "EGFR", "wild-type")]
    public void AGeneWithAReadingOfItsOwnKeepsIt(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
}
