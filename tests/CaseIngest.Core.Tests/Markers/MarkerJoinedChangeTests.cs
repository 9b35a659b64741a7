using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// A gene symbol and its protein change written as one word ("JAK2V617F", "BRAFV600E"): the gene, mutated, with that
/// change. A word that only ends in a digit and a capital ("CD117", "HER2") stays what it is.
/// </summary>
public sealed class MarkerJoinedChangeTests
{
    [Theory]
    [InlineData("Molecular studies revealed the JAK2V617F mutation with an allele burden of 38%.", "JAK2", "V617F")]
    [InlineData("The detection of the BRAFV600E mutation in the lesion supported the diagnosis.", "BRAF", "V600E")]
    [InlineData("Next-generation sequencing of the resected tumour found KRASG12D.", "KRAS", "G12D")]
    [InlineData("Allele-specific PCR showed an EGFRL858R substitution in exon 21.", "EGFR", "L858R")]
    [InlineData("Immunohistochemistry with a mutation-specific antibody confirmed IDH1R132H in the tumour cells.", "IDH1", "R132H")]
    public void AGeneAndItsChangeInOneWordAreTheGenesVariant(string text, string name, string variant)
    {
        var marker = MarkerListTests.Single(text, name);
        Assert.Equal("mutated", marker.Result);
        Assert.Equal(variant, marker.Variant);
    }

    [Theory]
    [InlineData("The spindle cells were diffusely positive for CD117 and DOG1.")]
    [InlineData("The tumour cells were strongly positive for HER2 and negative for PAX8.")]
    public void AMarkerNameEndingInADigitIsNoJoinedChange(string text) =>
        Assert.DoesNotContain(Engines.Extract(text).Markers, m => m.Variant is not null);
}
