using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// A sentence that cites the literature ("[3-5]", "(14, 15)", a superscript number after the full stop) states what is
/// known of a disease, not the patient's markers; a figure or table reference does not make a sentence a citation.
/// </summary>
public sealed class MarkerCitedSentenceTests
{
    [Theory]
    [InlineData("Loss of ARID1A expression has been described in a range of gynaecological tumours [4-6].", "ARID1A")]
    [InlineData("Somatic BRCA2 inactivation was observed in a subset of prostate cancers [3, 7].", "BRCA2")]
    [InlineData("Nuclear SOX10 positivity is seen in nearly all melanomas [9].", "SOX10")]
    [InlineData("CDX2 is positive in most colorectal adenocarcinomas and in some mucinous ovarian tumours [5].", "CDX2")]
    [InlineData("Amplification of MDM2 is the molecular hallmark of well-differentiated liposarcoma (14, 15).", "MDM2")]
    [InlineData("BRAF V600E mutations have been found in papillary craniopharyngioma [11–13].", "BRAF")]
    [InlineData("Loss of SMARCB1 expression defines epithelioid sarcoma and rhabdoid tumours.8,9", "SMARCB1")]
    [InlineData("MET exon 14 skipping alterations were detected in pulmonary sarcomatoid carcinoma.21–23", "MET")]
    [InlineData("Strong WT1 staining is characteristic of serous carcinoma (Lee et al., 2018).", "WT1")]
    public void ACitedSentenceStatesNoMarkerOfThePatient(string text, string name)
    {
        var record = Engines.Extract(text);
        Assert.DoesNotContain(record.Markers, m => m.Name == name);
    }

    [Theory]
    [InlineData("Immunohistochemistry showed diffuse positivity for CK7 (Figure 2).", "CK7", "positive")]
    [InlineData("The tumour cells were positive for SOX10 (Fig. 3B).", "SOX10", "positive")]
    [InlineData("Next-generation sequencing of the biopsy revealed a KRAS G12D mutation (Table 1).", "KRAS", "mutated")]
    [InlineData("In our patient, the tumour harboured a BRAF V600E mutation, as in earlier reports [8].", "BRAF", "mutated")]
    [InlineData("The HER2/CEP17 ratio was 2.3 on the core biopsy.", "HER2", "positive")]
    public void ACaseSentenceWithAFigureOrItsOwnCaseKeepsItsMarkers(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }
}
