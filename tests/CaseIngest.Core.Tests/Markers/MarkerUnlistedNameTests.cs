namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// Antibodies and serum tumour markers in common use whose names no HGNC symbol matches: clone and short names (MOC-31 for EpCAM, PGP9.5),
/// old names (BCL-1 for cyclin D1), short forms (HMWK, MSA) and the carbohydrate antigens beyond CA 19-9 (CA 72-4,
/// CA 242, CA 50, CA 27.29, DUPAN-2) and HE4.
/// </summary>
public sealed class MarkerUnlistedNameTests
{
    [Theory]
    [InlineData("The tumour cells were diffusely positive for MOC-31 and negative for calretinin.", "EpCAM", "EPCAM", "positive")]
    [InlineData("EpCAM was strongly expressed in the tumour cells.", "EpCAM", "EPCAM", "positive")]
    [InlineData("The carcinoma stained for PGP9.5 and synaptophysin.", "PGP9.5", "UCHL1", "positive")]
    [InlineData("The mantle zone cells were positive for BCL-1.", "cyclin D1", "CCND1", "positive")]
    [InlineData("The basal cells were negative for HMWK.", "HMW-CK", null, "negative")]
    [InlineData("The spindle cells were positive for MSA and desmin.", "muscle-specific actin", null, "positive")]
    [InlineData("The undifferentiated cells showed nuclear NUT expression.", "NUT", "NUTM1", "positive")]
    public void AnAntibodyNameIsAMarkerWithItsGene(string text, string name, string? gene, string result)
    {
        var fact = MarkerListTests.Single(text, name);
        Assert.Equal(result, fact.Result);
        Assert.Equal(gene, fact.Gene);
    }

    [Theory]
    [InlineData("Serum CA 72-4 was 46.3 U/mL.", "CA 72-4", 46.3)]
    [InlineData("On admission, CA242 was 88 U/mL and CEA 3.1 ng/mL.", "CA 242", 88)]
    [InlineData("The CA 50 level was 214 U/mL.", "CA 50", 214)]
    [InlineData("CA 27.29 rose to 96 U/mL.", "CA 27.29", 96)]
    [InlineData("Serum DUPAN-2 was 1600 U/mL.", "DUPAN-2", 1600)]
    [InlineData("Her serum HE4 level was elevated at 412 pmol/L.", "HE4", 412)]
    public void ASerumTumourMarkerTakesItsLevel(string text, string name, double value)
    {
        Assert.Equal(value, MarkerListTests.Single(text, name).Value);
    }

    [Theory]
    [InlineData("A NUT carcinoma was considered in the differential diagnosis.")]
    [InlineData("Serum CA 72-4 will be checked at every follow-up visit.")]
    public void ANameWithoutAResultIsNoMarker(string text)
    {
        Assert.Empty(Support.Engines.Extract(text).Markers);
    }
}
