namespace CaseIngest.Core.Tests.Markers;

/// <summary>A variant written in both cDNA and protein notation is one variant, named by its protein change.</summary>
public sealed class MarkerDualNotationTests
{
    [Theory]
    [InlineData("A germline CHEK2 mutation (c.1100delC or p.Thr367Metfs) was identified.", "CHEK2", "T367Mfs")]
    [InlineData("Sequencing revealed a BRCA2 mutation (NM_000059.3: c.7974C>G or p.Tyr2658*) in the tumour.", "BRCA2", "Y2658*")]
    [InlineData("A pathogenic ATM variant c.5932G>T or p.Glu1978* was found in blood.", "ATM", "E1978*")]
    [InlineData("Panel testing found a PALB2 c.3113G>A / p.Trp1038* variant.", "PALB2", "W1038*")]
    public void ACdnaChangeAndItsProteinChangeAreOneVariant(string text, string name, string variant)
    {
        var fact = MarkerListTests.Single(text, name);
        Assert.Equal(variant, fact.Variant);
        Assert.Equal("mutated", fact.Result);
    }
}
