namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A drug whose name is a word of another drug's longer name ("trastuzumab" in "trastuzumab deruxtecan") is not
/// mentioned where the longer name stands: an event tied to the conjugate is not the antibody's as well.
/// </summary>
public sealed class AdverseEventLongerDrugNameTests
{
    [Theory]
    [InlineData("She had received trastuzumab and pertuzumab. She was then given trastuzumab deruxtecan. Grade 2 pneumonitis developed after the fourth dose of trastuzumab deruxtecan.", "trastuzumab,pertuzumab,trastuzumab deruxtecan", "pneumonitis:2:trastuzumab deruxtecan")]
    [InlineData("He was first treated with trastuzumab for gastric cancer, then with trastuzumab deruxtecan. Grade 3 neutropenia occurred on trastuzumab deruxtecan.", "trastuzumab,trastuzumab deruxtecan", "neutropenia:3:trastuzumab deruxtecan")]
    [InlineData("Adjuvant trastuzumab was given for a year. At relapse she received trastuzumab emtansine, and grade 3 thrombocytopenia followed the second dose of trastuzumab emtansine.", "trastuzumab,trastuzumab emtansine", "thrombocytopenia:3:trastuzumab emtansine")]
    [InlineData("She received doxorubicin and cyclophosphamide in 2015. For the relapse in 2019 pegylated liposomal doxorubicin was started, and grade 2 palmar-plantar erythrodysesthesia developed on pegylated liposomal doxorubicin.", "doxorubicin,cyclophosphamide,pegylated liposomal doxorubicin", "hand-foot syndrome:2:pegylated liposomal doxorubicin")]
    public void AnEventOfTheLongerNameIsNotTheShorterDrugs(string text, string drugs, string expected) =>
        Assert.Equal(expected, AdverseEventProbe.Read(text, drugs));

    [Theory]
    [InlineData("She received trastuzumab for breast cancer and later trastuzumab deruxtecan. Grade 2 diarrhoea developed after trastuzumab.", "trastuzumab,trastuzumab deruxtecan", "diarrhea:2:trastuzumab")]
    [InlineData("He received trastuzumab emtansine and, after progression, trastuzumab with pertuzumab. Grade 2 diarrhoea developed on trastuzumab and pertuzumab.", "trastuzumab emtansine,trastuzumab,pertuzumab", "diarrhea:2:trastuzumab+pertuzumab")]
    public void TheShorterNameOnItsOwnStaysItsDrug(string text, string drugs, string expected) =>
        Assert.Equal(expected, AdverseEventProbe.Read(text, drugs));
}
