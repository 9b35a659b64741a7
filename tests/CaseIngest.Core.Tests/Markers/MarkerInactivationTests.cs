namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// A tumour-suppressor gene said inactivated, biallelically inactivated or deleted, before or after its name, is lost; a
/// carrier of a gene's variant has it mutated. A bare "inactivation of" names a mechanism in general statements and is no result.
/// </summary>
public sealed class MarkerInactivationTests
{
    [Theory]
    [InlineData("Next-generation sequencing showed that TP53 and RB1 were inactivated.", "TP53")]
    [InlineData("Next-generation sequencing showed that TP53 and RB1 were inactivated.", "RB1")]
    [InlineData("In the tumour cells PTEN was inactivated.", "PTEN")]
    [InlineData("Genomic profiling showed biallelic inactivation of NF1.", "NF1")]
    [InlineData("Whole-exome sequencing demonstrated biallelic inactivation of SMARCB1 in the rhabdoid component.", "INI1")]
    [InlineData("Targeted sequencing revealed NF2 biallelic inactivation in the resected meningioma.", "NF2")]
    [InlineData("The panel identified a PTEN deletion.", "PTEN")]
    [InlineData("A copy-number analysis showed RB1 deletion in the small cell component.", "RB1")]
    [InlineData("On array CGH, CDKN2B was deleted.", "CDKN2B")]
    [InlineData("FISH showed that TP53 was deleted in 60% of nuclei.", "TP53")]
    [InlineData("Sequencing revealed IKZF1 deletion and a CRLF2 rearrangement.", "IKZF1")]
    public void AnInactivatedOrDeletedGeneIsLost(string text, string name)
    {
        Assert.Equal("lost", MarkerListTests.Single(text, name).Result);
    }

    [Theory]
    [InlineData("She was a BRCA2 carrier.", "BRCA2")]
    [InlineData("Her mother and the patient were both BRCA1 carriers.", "BRCA1")]
    [InlineData("Germline testing showed that he was a carrier of a pathogenic ATM variant.", "ATM")]
    public void ACarrierOfAGeneHasItMutated(string text, string name)
    {
        Assert.Equal("mutated", MarkerListTests.Single(text, name).Result);
    }

    [Theory]
    [InlineData("Sequencing found an EGFR exon 19 deletion.", "EGFR", "mutated", "exon 19 deletion")]
    [InlineData("The tumour harboured an EGFR exon 19 deletion (E746_A750del).", "EGFR", "mutated", null)]
    [InlineData("The tumour was positive for an ERBB2 exon 20 insertion.", "HER2", "mutated", "exon 20 insertion")]
    [InlineData("KIT exon 11 deletion was found in the gastrointestinal stromal tumour.", "KIT", "mutated", "exon 11 deletion")]
    public void AnExonDeletionStaysAVariant(string text, string name, string result, string? variant)
    {
        var fact = MarkerListTests.Single(text, name);
        Assert.Equal(result, fact.Result);
        if (variant is not null)
        {
            Assert.Equal(variant, fact.Variant);
        }
    }

    [Theory]
    [InlineData("Inactivation of the complement pathway was suspected.")]
    [InlineData("Inactivation of BRCA genes by promoter methylation sensitises tumours to PARP inhibitors.")]
    [InlineData("PTEN inactivation through several mechanisms drives PI3K signalling in many cancers.")]
    [InlineData("The HBV carrier state was known for ten years.")]
    [InlineData("The PTEN gene was not deleted on FISH, and EGFR was not inactivated either.")]
    public void NoGeneIsLostWhenNoneIsDeleted(string text)
    {
        var record = Support.Engines.Extract(text);
        Assert.DoesNotContain(record.Markers, m => m.Result == "lost");
    }
}
