namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// A result the marker's noun only suggests ("the KRAS mutation", "the ALK rearrangement") stays open over an aside to
/// the verdict after it ("The KRAS mutation, as expected, was absent"); a verdict the words state keeps its reading.
/// </summary>
public sealed class MarkerImpliedResultAsideTests
{
    [Theory]
    [InlineData("The KRAS mutation, as expected, was absent.", "KRAS", "wild-type")]
    [InlineData("The ALK rearrangement, however, was not found.", "ALK", "negative")]
    [InlineData("The BRAF V600E mutation was, however, absent.", "BRAF", "wild-type")]
    [InlineData("An EGFR mutation, by contrast, was not detected.", "EGFR", "wild-type")]
    [InlineData("The EGFR mutation, detected by sequencing, was an exon 19 deletion.", "EGFR", "mutated")]
    [InlineData("A KRAS mutation, as expected, was present.", "KRAS", "mutated")]
    public void TheVerdictAfterTheAsideDecides(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
}
