using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// A marker that fills the first cell of a table row is read into the cells after it as prose is: a protein change, a
/// value, a value with its reference interval in the next cell. A cell after the one that said something (an allele
/// fraction, a clone) is another column. A stain table flattened by a PDF conversion keeps each row on its own line,
/// the antibody clone between the marker and its result, and takes its method from the caption.
/// </summary>
public sealed class MarkerTableRowTests
{
    private const string SequencingTable =
        "Sequencing of the resected tumour found two alterations.\n\n| Gene | Alteration | VAF |\n|---|---|---|\n"
        + "| PIK3CA | H1047R | 22% |\n| TP53 | R175H | 35% |\n| SMAD4 | R361H | 12% |\n\nShe recovered well after surgery.";

    private const string FlattenedStains =
        "A 66-year-old man had an enlarged cervical node, which was excised.\n\nTable 1 Immunohistochemistry of the node\n"
        + "Antibody Clone Result\nCD20 L26 Positive\nCD10 56C6 Positive\nCD5 4C7 Negative\nCD23 1B12 Negative\nCyclin D1 SP4 Negative\n"
        + "Ki-67 MIB-1 70%\n\nThe diagnosis was diffuse large B-cell lymphoma.";

    [Theory]
    [InlineData("PIK3CA", "H1047R")]
    [InlineData("TP53", "R175H")]
    [InlineData("SMAD4", "R361H")]
    public void EachGeneRowOfASequencingTableIsMutatedWithItsChange(string name, string variant)
    {
        var fact = MarkerListTests.Single(SequencingTable, name);
        Assert.Equal(("mutated", variant, (double?)null), (fact.Result, fact.Variant, fact.Value));
    }

    [Theory]
    [InlineData("Serum markers\n\n| Test | Result | Reference range |\n|---|---|---|\n| CA 19-9 | 1,250 U/mL | < 37 U/mL |\n\nHe was admitted.", "CA 19-9", "high", 1250)]
    [InlineData("Laboratory tests\n\n| Test | Value | Reference |\n|---|---|---|\n| CEA | 3.1 ng/mL | <5 |\n| Haemoglobin | 11.2 g/dL | 12-16 |\n\nShe was admitted.", "CEA", "negative", 3.1)]
    [InlineData("Tumour markers at presentation:\n\n| Marker | Level | Normal |\n|---|---|---|\n| AFP | 880 ng/mL | 0-10 ng/mL |\n\nA liver biopsy followed.", "AFP", "high", 880)]
    [InlineData("Proliferation was high.\n\n| Marker | Result |\n|---|---|\n| Ki-67 | 60% |\n\nThe tumour was graded as 3.", "Ki-67", "high", 60)]
    [InlineData("Receptor studies:\n\n| Marker | Result |\n|---|---|\n| ER | Positive (95%) |\n| HER2 | Negative |\n\nShe started tamoxifen.", "ER", "positive", 95)]
    public void AValueInTheCellAfterTheMarkerIsItsValueReadByTheReferenceInTheNextCell(string text, string name, string result, double value)
    {
        var fact = MarkerListTests.Single(text, name);
        Assert.Equal((result, (double?)value), (fact.Result, fact.Value));
    }

    [Theory]
    [InlineData("CD20", "positive")]
    [InlineData("CD10", "positive")]
    [InlineData("CD5", "negative")]
    [InlineData("CD23", "negative")]
    [InlineData("cyclin D1", "negative")]
    public void EachFlattenedStainRowHasItsResultPastTheClone(string name, string result)
    {
        var fact = MarkerListTests.Single(FlattenedStains, name);
        Assert.Equal((result, "IHC"), (fact.Result, fact.Method));
    }

    [Fact]
    public void AFlattenedIndexRowTakesTheMethodOfTheCaption()
    {
        var fact = MarkerListTests.Single(FlattenedStains, "Ki-67");
        Assert.Equal((70d, "IHC"), (fact.Value!.Value, fact.Method));
    }

    [Fact]
    public void ACloneThatSpellsAGeneSymbolIsNoMarker() =>
        Assert.DoesNotContain(Engines.Extract(FlattenedStains).Markers, m => m.Gene == "SP4");

    [Theory]
    [InlineData("Receptor status:\n\n| Marker | Result |\n|---|---|\n| HER2 (IHC) | 0 |\n| PR | Negative |\n\nShe started chemotherapy.", "negative", 0)]
    [InlineData("Receptor status:\n\n| Marker | Score |\n|---|---|\n| HER2 | 3 |\n\nTrastuzumab was added.", "positive", 3)]
    public void AHer2ScoreAloneInItsCellReadsByItsBand(string text, string result, double score)
    {
        var fact = MarkerListTests.Single(text, "HER2");
        Assert.Equal((result, (double?)score), (fact.Result, fact.Value));
    }

    [Fact]
    public void AFusionCellThatNamesTheGeneAgainKeepsItsPartner() =>
        Assert.Equal(("rearranged", "BICC1"), (MarkerListTests.Single("Genomic profiling:\n\n| Gene | Finding |\n|---|---|\n| FGFR2 | FGFR2-BICC1 fusion |\n\nShe started pemigatinib.", "FGFR2") is var f ? (f.Result, f.Variant) : default));

    [Theory]
    [InlineData("Sequencing results:\n\n| Gene | Alteration | VAF |\n|---|---|---|\n| EGFR | exon 19 deletion | 31% |\n\nHe started osimertinib.", "EGFR", "exon 19 deletion")]
    [InlineData("Sequencing results:\n\n| Gene | Alteration | VAF |\n|---|---|---|\n| EGFR | exon 20 insertion | 27% |\n\nHe started amivantamab.", "EGFR", "exon 20 insertion")]
    public void AnExonChangeInTheCellAfterTheGeneIsItsVariant(string text, string name, string variant) =>
        Assert.Equal(variant, MarkerListTests.Single(text, name).Variant);

    [Theory]
    [InlineData("Germline testing found a pathogenic BRCA2 variant, c.5946delT, and she was referred for counselling.", "BRCA2", "c.5946delT")]
    [InlineData("Sequencing showed a likely pathogenic PALB2 variant, c.3113G>A, in the tumour.", "PALB2", "c.3113G>A")]
    public void AChangeSetAfterAVariantByACommaIsItsVariant(string text, string name, string variant) =>
        Assert.Equal(variant, MarkerListTests.Single(text, name).Variant);

    [Theory]
    [InlineData("Hotspot panel\nKRAS G12D 35%\nThe patient started chemotherapy.", "KRAS", "G12D")]
    [InlineData("Results of sequencing\nBRAF V600E detected\nShe started dabrafenib.", "BRAF", "V600E")]
    public void AProteinChangeOnAFlattenedRowIsNoClone(string text, string name, string variant) =>
        Assert.Equal(variant, MarkerListTests.Single(text, name).Variant);
}
