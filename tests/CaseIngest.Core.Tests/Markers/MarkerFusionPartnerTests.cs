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
    [InlineData("The tumour was positive for RET fusion (KIF5B-RET, K15;R12).", "RET", "KIF5B")]
    [InlineData("ROS1 rearrangement (CD74-ROS1 fusion) was confirmed.", "ROS1", "CD74")]
    [InlineData("ALK fusion (EML4 exon 13::ALK exon 20) was found.", "ALK", "EML4")]
    [InlineData("The ALK gene was rearranged (EML4 partner).", "ALK", "EML4")]
    [InlineData("A ROS1 rearrangement (CD74 fusion partner) was found on FISH.", "ROS1", "CD74")]
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

    [Theory]
    [InlineData("An EML4-ALK variant 3 fusion was detected.", "ALK", "EML4")]
    [InlineData("Targeted RNA sequencing identified the KIF5B exon 15-RET exon 12 fusion.", "RET", "KIF5B")]
    [InlineData("RT-PCR showed the EML4-ALK variant 1 transcript.", "ALK", "EML4")]
    [InlineData("The patient had an EML4-ALK positive adenocarcinoma.", "ALK", "EML4")]
    [InlineData("The tumour was KIF5B-RET positive on RNA sequencing.", "RET", "KIF5B")]
    public void APartnerWrittenBeforeTheGeneWithItsExonOrVariantIsAFusion(string text, string name, string partner)
    {
        var fact = MarkerListTests.Single(text, name);
        Assert.Equal("rearranged", fact.Result);
        Assert.Equal(partner, fact.Variant);
    }

    [Theory]
    [InlineData("RNA sequencing detected a fusion between EML4 and ALK.", "ALK", "EML4")]
    [InlineData("RNA sequencing detected a fusion between ALK and EML4.", "ALK", "EML4")]
    [InlineData("The lesion carried a fusion of NTRK3 with ETV6.", "NTRK3", "ETV6")]
    [InlineData("Sequencing found a rearrangement involving the ROS1 gene with EZR.", "ROS1", "EZR")]
    public void AFusionNamedBeforeBothGenesIsTheCuratedGenesFusion(string text, string name, string partner)
    {
        var record = Support.Engines.Extract(text);
        var fact = Assert.Single(record.Markers);
        Assert.Equal(name, fact.Name);
        Assert.Equal("rearranged", fact.Result);
        Assert.Equal(partner, fact.Variant);
    }

    [Fact]
    public void ADeniedFusionNamedBeforeTheGeneIsNegative()
    {
        Assert.Equal("negative", MarkerListTests.Single("There was no fusion involving ALK or ROS1.", "ALK").Result);
    }
}
