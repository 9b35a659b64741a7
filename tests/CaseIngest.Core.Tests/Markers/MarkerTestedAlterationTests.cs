namespace CaseIngest.Core.Tests.Markers;

/// <summary>The verdict of a test told once for several alterations or genes: each takes it.</summary>
public sealed class MarkerTestedAlterationTests
{
    [Theory]
    [InlineData("Testing for EGFR mutations and ALK rearrangement was negative.", "EGFR", "wild-type")]
    [InlineData("Testing for EGFR mutations and ALK rearrangement was negative.", "ALK", "negative")]
    [InlineData("Testing for KRAS mutation or MET amplification was negative.", "KRAS", "wild-type")]
    [InlineData("The tumour was tested for EGFR, ALK, ROS1 and PD-L1; all were negative.", "EGFR", "negative")]
    [InlineData("The tumour was tested for EGFR, ALK, ROS1 and PD-L1; all were negative.", "ROS1", "negative")]
    [InlineData("Staining for CK7, CK20 and TTF-1 was performed; all were negative.", "CK20", "negative")]
    [InlineData("A 50-gene panel on the lymph node biopsy was negative for EGFR, KRAS and BRAF mutations.", "EGFR", "wild-type")]
    [InlineData("A 50-gene panel on the lymph node biopsy was negative for EGFR, KRAS and BRAF mutations.", "KRAS", "wild-type")]
    [InlineData("The tumour was negative for EGFR, KRAS and BRAF.", "KRAS", "negative")]
    public void EachTestedItemTakesTheVerdict(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }

    [Fact]
    public void AFoundAlterationKeepsItsOwnResult()
    {
        const string text = "Testing for EGFR mutations and ALK rearrangement was negative, but a KRAS G12C mutation was found.";
        Assert.Equal("mutated", MarkerListTests.Single(text, "KRAS").Result);
        Assert.Equal("wild-type", MarkerListTests.Single(text, "EGFR").Result);
    }
}
