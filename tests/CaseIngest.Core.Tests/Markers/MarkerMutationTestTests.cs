using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// A gene test reported negative reads by what was tested: a mutation or sequencing test is wild-type (and a positive one
/// mutated), a rearrangement test or a gene said negative without a test named stays negative.
/// </summary>
public sealed class MarkerMutationTestTests
{
    [Theory]
    [InlineData("EGFR mutation testing was negative on the bronchial biopsy.", "EGFR")]
    [InlineData("KRAS mutation analysis was negative in the resected specimen.", "KRAS")]
    [InlineData("BRAF mutation status: negative.", "BRAF")]
    [InlineData("Despite negative BRCA1 genetic testing, she chose a bilateral mastectomy.", "BRCA1")]
    [InlineData("Sequencing of EGFR was negative on the pleural fluid cell block.", "EGFR")]
    [InlineData("Mutational analysis of KRAS and NRAS was negative.", "KRAS")]
    [InlineData("Mutational analysis of KRAS and NRAS was negative.", "NRAS")]
    [InlineData("EGFR and KRAS mutation testing were both negative.", "EGFR")]
    [InlineData("EGFR and KRAS mutation testing were both negative.", "KRAS")]
    [InlineData("The melanoma was negative for BRAF V600E mutation.", "BRAF")]
    [InlineData("No KRAS mutation was detected in the resected tumour.", "KRAS")]
    [InlineData("There were no EGFR or BRAF mutations and no ALK or ROS1 rearrangements.", "EGFR")]
    [InlineData("There were no EGFR or BRAF mutations and no ALK or ROS1 rearrangements.", "BRAF")]
    [InlineData("Targeted sequencing found no alterations in EGFR, ALK, ROS1 or BRAF.", "EGFR")]
    [InlineData("Targeted sequencing found no alterations in EGFR, ALK, ROS1 or BRAF.", "BRAF")]
    public void ANegativeMutationTestIsWildType(string text, string name)
    {
        Assert.Equal("wild-type", MarkerListTests.Single(text, name).Result);
    }

    [Theory]
    [InlineData("There were no EGFR or BRAF mutations and no ALK or ROS1 rearrangements.", "ALK")]
    [InlineData("There were no EGFR or BRAF mutations and no ALK or ROS1 rearrangements.", "ROS1")]
    [InlineData("The adenocarcinoma was negative for EGFR, ALK and ROS1.", "EGFR")]
    [InlineData("The adenocarcinoma was negative for EGFR, ALK and ROS1.", "ROS1")]
    [InlineData("ALK rearrangement testing by FISH was negative.", "ALK")]
    [InlineData("HER2 immunohistochemistry was negative on the biopsy.", "HER2")]
    public void ARearrangementTestOrAGeneSaidNegativeWithoutATestStaysNegative(string text, string name)
    {
        Assert.Equal("negative", MarkerListTests.Single(text, name).Result);
    }

    [Theory]
    [InlineData("EGFR mutation testing was positive on the biopsy.", "EGFR")]
    [InlineData("KRAS mutation status was positive, and cetuximab was not offered.", "KRAS")]
    public void APositiveMutationTestIsMutated(string text, string name)
    {
        Assert.Equal("mutated", MarkerListTests.Single(text, name).Result);
    }

    [Fact]
    public void AMutationTestWithoutItsVerdictIsNoMarker()
    {
        var record = Engines.Extract("EGFR mutation testing was requested on the biopsy.");
        Assert.DoesNotContain(record.Markers, m => m.Name == "EGFR");
    }
}
