namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// A change named before the gene ("a mutation in", "amplification of", "a rearrangement of") and then said to be
/// found ("was detected") is that change; said not to be found, its absence.
/// </summary>
public sealed class MarkerDetectedChangeTests
{
    [Theory]
    [InlineData("A mutation in the NOTCH1 gene was detected.", "NOTCH1", "mutated")]
    [InlineData("Mutations in ARID1A were detected on the resection specimen.", "ARID1A", "mutated")]
    [InlineData("A frameshift mutation of the PTEN gene was detected.", "PTEN", "mutated")]
    [InlineData("A pathogenic variant in the CHEK2 gene was detected by panel sequencing.", "CHEK2", "mutated")]
    [InlineData("Amplification of the MYCN gene was detected.", "MYCN", "amplified")]
    [InlineData("A rearrangement of the ROS1 gene was detected by FISH.", "ROS1", "rearranged")]
    [InlineData("A mutation in the SMAD4 gene was not detected.", "SMAD4", "wild-type")]
    [InlineData("Amplification of FGFR1 was not detected.", "FGFR1", "negative")]
    public void AChangeNamedBeforeTheGeneAndFoundIsThatChange(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }

    [Theory]
    [InlineData("Strong CDX2 staining was detected in the glands.", "CDX2", "positive")]
    [InlineData("No mutation in the BRCA2 gene was detected.", "BRCA2", "wild-type")]
    [InlineData("Expression of SATB2 was detected in the tumour cells.", "SATB2", "positive")]
    public void AFindingWithoutAChangeBeforeItKeepsItsResult(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }
}
