using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// An alteration named only by its noun in a clause that says its test was not done or did not confirm it is no result
/// of the case; a finding stated apart from the test that was not done keeps its reading.
/// </summary>
public sealed class MarkerUntestedAlterationTests
{
    [Theory]
    [InlineData("Molecular confirmation of the EWSR1-FLI1 fusion was not performed for lack of tissue.", "FLI1")]
    [InlineData("Sadly, sequencing for a possible SS18-SSX1 fusion has not been done in our laboratory.", "SSX1")]
    [InlineData("FISH for MYC rearrangement was not carried out on the biopsy.", "MYC")]
    [InlineData("Testing of MDM2 amplification was not available at our hospital at that time.", "MDM2")]
    public void AnAlterationWhoseTestWasNotDoneIsNoFact(string text, string name) =>
        Assert.DoesNotContain(Engines.Extract(text).Markers, m => m.Name == name);

    [Theory]
    [InlineData("However, RT-PCR did not confirm the presence of the PAX3-FOXO1 fusion in the sample.", "FOXO1")]
    [InlineData("In situ hybridisation failed to confirm MDM2 amplification in the curetted fragments.", "MDM2")]
    public void AnAlterationThatItsTestDidNotConfirmIsNoFact(string text, string name) =>
        Assert.DoesNotContain(Engines.Extract(text).Markers, m => m.Name == name);

    [Theory]
    [InlineData("Next-generation sequencing identified an EML4-ALK fusion; FISH was not performed.", "ALK", "rearranged")]
    [InlineData("Although immunohistochemistry was not performed, sequencing revealed a KRAS G12D mutation.", "KRAS", "mutated")]
    [InlineData("FISH confirmed MDM2 amplification, and sequencing of TP53 was not performed.", "MDM2", "amplified")]
    [InlineData("The biopsy was negative for ALK rearrangement by FISH, which did not confirm the earlier stain.", "ALK", "negative")]
    public void AFindingStatedApartFromTheTestNotDoneKeepsItsResult(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
}
