namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A carcinoma written with its organ after it and no "of" ("carcinoma cervix", "carcinoma breast", "Ca oesophagus",
/// "squamous cell carcinoma tongue") is the cancer of that organ, as "carcinoma of the cervix" is; a carcinoma followed by
/// an organ word that begins another noun phrase ("carcinoma liver metastases", "carcinoma cells") and the CA tumour
/// markers ("CA 19-9", "CA-125") are not.
/// </summary>
public sealed class DiagnosisPostposedOrganTests
{
    [Theory]
    [InlineData("A punch biopsy from the growth confirmed carcinoma cervix, stage IIB.", "cervi")]
    [InlineData("She was diagnosed with carcinoma breast and underwent a modified radical mastectomy.", "breast")]
    [InlineData("A 58-year-old man with carcinoma esophagus was referred for chemoradiation.", "esophag")]
    [InlineData("He was a known case of Ca prostate on androgen deprivation.", "prostate")]
    [InlineData("Histopathology of the ulcer showed squamous cell carcinoma tongue with perineural invasion.", "tongue")]
    [InlineData("A 49-year-old woman, a diagnosed case of CA ovary, presented with abdominal distension.", "ovar")]
    public void ACarcinomaWithItsOrganAfterItIsThatOrgansCancer(string text, string organ) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name.Contains(organ, StringComparison.Ordinal));

    [Theory]
    [InlineData("Serum CA 19-9 was 412 U/mL and CA-125 was normal.")]
    [InlineData("Serum Ca was 2.1 mmol/L on admission.")]
    [InlineData("Carcinoma cells were seen in the pleural fluid.")]
    public void AMarkerOrACellWordIsNoOrgansCancer(string text) =>
        Assert.Empty(ClinicalRun.Run(text).Diagnoses);

    [Fact]
    public void ACarcinomaFollowedByMetastasesInAnOrganIsNotThatOrgansCancer() =>
        Assert.DoesNotContain(ClinicalRun.Run("The biopsy showed metastatic carcinoma liver metastases were numerous.").Diagnoses,
            d => d.Name.Contains("hepatic", StringComparison.Ordinal) || d.Name.Contains("liver cancer", StringComparison.Ordinal));
}
