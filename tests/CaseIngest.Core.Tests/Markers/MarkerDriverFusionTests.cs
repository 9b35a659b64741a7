namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// A fusion written gene-gene is the driver's whichever side it stands on: a curated marker followed by a gene known only
/// from the HGNC vocabulary ("FGFR3-TACC3") is the driver's fusion with the gene after it as the partner.
/// </summary>
public sealed class MarkerDriverFusionTests
{
    [Theory]
    [InlineData("Next-generation sequencing revealed an FGFR3-TACC3 fusion.", "FGFR3", "TACC3")]
    [InlineData("RNA sequencing of the resected tumour showed an FGFR2::BICC1 fusion.", "FGFR2", "BICC1")]
    [InlineData("The cholangiocarcinoma harboured an FGFR2-BICC1 gene fusion.", "FGFR2", "BICC1")]
    [InlineData("A targeted panel detected FGFR3–TACC3 in the bladder tumour.", "FGFR3", "TACC3")]
    [InlineData("Quantitative RT-PCR found BCR-ABL1 transcripts in the marrow.", "ABL1", "BCR")]
    [InlineData("FISH of the bone marrow showed a BCR-ABL1 fusion in 92% of nuclei.", "ABL1", "BCR")]
    public void TheDriverOfAGeneGeneFusionIsTheMarker(string text, string name, string partner)
    {
        var fact = MarkerListTests.Single(text, name);
        Assert.Equal("rearranged", fact.Result);
        Assert.Equal(partner, fact.Variant);
    }

    [Theory]
    [InlineData("Next-generation sequencing revealed an FGFR3-TACC3 fusion.", "TACC3")]
    [InlineData("FISH of the bone marrow showed a BCR-ABL1 fusion in 92% of nuclei.", "BCR")]
    public void ThePartnerOfTheDriverIsNoMarkerOfItsOwn(string text, string partner) =>
        Assert.DoesNotContain(Support.Engines.Extract(text).Markers, m => m.Name == partner);

    [Theory]
    [InlineData("Targeted RNA sequencing identified an EML4-ALK fusion.", "ALK", "EML4")]
    [InlineData("An ETV6-NTRK3 fusion was detected by RT-PCR.", "NTRK3", "ETV6")]
    public void APartnerWrittenFirstStaysThePartner(string text, string name, string partner)
    {
        var fact = MarkerListTests.Single(text, name);
        Assert.Equal(partner, fact.Variant);
    }
}
