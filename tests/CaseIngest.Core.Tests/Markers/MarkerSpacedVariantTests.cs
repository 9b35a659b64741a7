namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// Variants typed with spaces inside them: after the "c." or "p." prefix ("c. 35G>T", "p. R132H") and between the
/// position and the bases ("c.3140 A > G"); the change is read whole, and a protein change after it still names it.
/// </summary>
public sealed class MarkerSpacedVariantTests
{
    [Theory]
    [InlineData("Sequencing of the tumour found a PIK3CA c.3140 A > G (p.H1047R) mutation.", "PIK3CA", "H1047R")]
    [InlineData("Sequencing of the tumour found a PIK3CA c.3140 A > G mutation.", "PIK3CA", "c.3140A>G")]
    [InlineData("A KRAS c. 35G>T mutation was detected in the resected specimen.", "KRAS", "c.35G>T")]
    [InlineData("Targeted sequencing showed an IDH1 p. R132H mutation in the glioma.", "IDH1", "R132H")]
    [InlineData("The panel reported NRAS c. 181 C > A (p. Q61K) in the nodal metastasis.", "NRAS", "Q61K")]
    [InlineData("A TP53 mutation, c.743 G > A, was found in the tumour DNA.", "TP53", "c.743G>A")]
    public void ASpacedChangeIsReadWhole(string text, string name, string variant)
    {
        var fact = MarkerListTests.Single(text, name);
        Assert.Equal(variant, fact.Variant);
        Assert.Equal("mutated", fact.Result);
    }

    [Theory]
    [InlineData("The KRAS mutation was listed on p. 4 of the molecular report.", "KRAS")]
    [InlineData("The KRAS-mutated nodule measured c. 2 cm on the scan.", "KRAS")]
    [InlineData("A PIK3CA mutation was found at c.3140 in a second clone.", "PIK3CA")]
    public void APageOrAnApproximateSizeIsNoVariant(string text, string name)
    {
        var fact = MarkerListTests.Single(text, name);
        Assert.True(fact.Variant is null || fact.Variant == "c.3140", $"variant {fact.Variant}");
    }
}
