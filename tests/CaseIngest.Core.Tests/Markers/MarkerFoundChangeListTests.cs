namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// A change named before a list of genes and then said to be found ("mutations in TP53 and PIK3CA were detected") is
/// found in every gene of the list; denied before the list ("no hotspot mutations in KRAS, NRAS or BRAF were
/// detected"), it is absent in every gene, the last one too.
/// </summary>
public sealed class MarkerFoundChangeListTests
{
    [Theory]
    [InlineData("Mutations in TP53 and PIK3CA were detected by panel sequencing.", "TP53", "mutated")]
    [InlineData("Mutations in TP53 and PIK3CA were detected by panel sequencing.", "PIK3CA", "mutated")]
    [InlineData("Amplifications of MYC and CCNE1 were detected on the copy-number analysis.", "MYC", "amplified")]
    [InlineData("No hotspot mutations in KRAS, NRAS or BRAF were detected.", "KRAS", "wild-type")]
    [InlineData("No hotspot mutations in KRAS, NRAS or BRAF were detected.", "BRAF", "wild-type")]
    [InlineData("No pathogenic mutations in IDH1, IDH2 and the TERT promoter were detected on sequencing.", "IDH2", "wild-type")]
    [InlineData("No pathogenic mutations in IDH1, IDH2 and the TERT promoter were detected on sequencing.", "TERT", "wild-type")]
    [InlineData("No hotspot mutations in IDH1, the TERT promoter, H3F3A and BRAF were detected.", "H3-3A", "wild-type")]
    [InlineData("No hotspot mutations in IDH1, the TERT promoter, H3F3A and BRAF were detected.", "BRAF", "wild-type")]
    [InlineData("Rearrangements of ALK and ROS1 were not detected by FISH.", "ALK", "negative")]
    [InlineData("Rearrangements of ALK and ROS1 were not detected by FISH.", "ROS1", "negative")]
    public void TheChangeBeforeTheListIsFoundOrAbsentInEveryGene(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }

    [Theory]
    [InlineData("A mutation in KRAS was detected, but no mutations in NRAS were found.", "KRAS", "mutated")]
    [InlineData("A mutation in KRAS was detected, but no mutations in NRAS were found.", "NRAS", "wild-type")]
    [InlineData("No mutation in the BRCA2 gene was detected.", "BRCA2", "wild-type")]
    [InlineData("Expression of CK7 and GATA3 was detected in the tumour cells.", "CK7", "positive")]
    [InlineData("A mutation in the SMAD4 gene was not detected.", "SMAD4", "wild-type")]
    public void AChangeOfOneGeneOrAStainFoundKeepsItsOwnReading(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }
}
