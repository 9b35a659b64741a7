namespace CaseIngest.Core.Tests.Markers;

/// <summary>The partner of a fusion named after the gene: in brackets, alone before the fusion word, or after "with".</summary>
public sealed class MarkerFusionPartnerTests
{
    [Theory]
    [InlineData("FISH confirmed an ALK rearrangement (EML4-ALK).", "ALK", "EML4")]
    [InlineData("RNA sequencing detected an NTRK1 fusion (TPM3::NTRK1).", "NTRK1", "TPM3")]
    [InlineData("RET fusion (CCDC6-RET) was detected by NGS.", "RET", "CCDC6")]
    [InlineData("A FGFR2 fusion (FGFR2-BICC1) was found.", "FGFR2", "BICC1")]
    [InlineData("An NRG1 fusion (CD74-NRG1) was identified on RNA sequencing.", "NRG1", "CD74")]
    [InlineData("The tumour was positive for an ALK rearrangement (EML4/ALK) on FISH.", "ALK", "EML4")]
    [InlineData("The tumour harboured a RET (KIF5B) fusion.", "RET", "KIF5B")]
    [InlineData("Next-generation sequencing identified a ROS1 fusion with CD74.", "ROS1", "CD74")]
    [InlineData("Sequencing revealed a ROS1 rearrangement with EZR as the fusion partner.", "ROS1", "EZR")]
    [InlineData("ALK rearrangement with EML4 was confirmed by next-generation sequencing.", "ALK", "EML4")]
    public void APartnerNamedAfterTheGeneIsItsVariant(string text, string name, string partner)
    {
        var fact = MarkerListTests.Single(text, name);
        Assert.Equal("rearranged", fact.Result);
        Assert.Equal(partner, fact.Variant);
    }

    [Fact]
    public void ThePartnerWrittenInTheBracketIsNoMarkerOfItsOwn()
    {
        var record = Support.Engines.Extract("The tumour was positive for an ALK rearrangement (EML4/ALK) on FISH.");
        Assert.DoesNotContain(record.Markers, m => m.Name == "EML4");
    }

    [Theory]
    [InlineData("ALK (D5F3) was positive on immunohistochemistry.", "ALK")]
    [InlineData("The EGFR (exon 19 deletion) was found.", "EGFR")]
    public void ABracketThatNamesNoGeneIsNoPartner(string text, string name)
    {
        var fact = MarkerListTests.Single(text, name);
        Assert.NotEqual("rearranged", fact.Result);
    }
}
