using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// Alterations named as what a test looked for ("screened for KRAS G12C", "tested for hotspot mutations in BRAF V600E")
/// are no findings even with their variant written out; an alteration a test excluded or ruled out is absent (wild-type
/// for a mutation, negative otherwise). A finding told after the test keeps its reading.
/// </summary>
public sealed class MarkerTestedOrExcludedAlterationTests
{
    [Theory]
    [InlineData("The resected tumour was tested for somatic hotspot mutations in NRAS Q61R and BRAF V600K by digital PCR.", "NRAS")]
    [InlineData("The resected tumour was tested for somatic hotspot mutations in NRAS Q61R and BRAF V600K by digital PCR.", "BRAF")]
    [InlineData("Tissue from the nodule was screened for EGFR exon 20 insertions before treatment was chosen.", "EGFR")]
    [InlineData("Her archival block was tested for KRAS G12D by allele-specific PCR.", "KRAS")]
    [InlineData("The tumour was analysed for activating mutations of KIT exon 11 using Sanger sequencing.", "KIT")]
    public void AnAlterationATestLookedForIsNoFinding(string text, string name) =>
        Assert.DoesNotContain(Engines.Extract(text).Markers, m => m.Name == name && m.Result is "mutated" or "rearranged" or "amplified");

    [Theory]
    [InlineData("Pyrosequencing of the biopsy excluded a BRAF mutation.", "BRAF", "wild-type")]
    [InlineData("Droplet PCR excluded the presence of an IDH2 R172K mutation in the marrow.", "IDH2", "wild-type")]
    [InlineData("Targeted sequencing excluded an NRAS mutation, and the tumour was treated with chemotherapy.", "NRAS", "wild-type")]
    public void AnAlterationATestExcludedIsAbsent(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);

    [Theory]
    [InlineData("The tumour was tested for EGFR mutations, and sequencing revealed an L858R substitution in exon 21.", "EGFR", "mutated")]
    [InlineData("Testing for KRAS G12C was positive, and sotorasib was started.", "KRAS", "mutated")]
    [InlineData("Next-generation sequencing identified a BRAF V600E mutation in the excised node.", "BRAF", "mutated")]
    [InlineData("Once a BRAF V600E mutation had been excluded by sequencing, a KIT L576P mutation was found.", "KIT", "mutated")]
    public void AFindingToldAfterTheTestKeepsItsReading(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
}
