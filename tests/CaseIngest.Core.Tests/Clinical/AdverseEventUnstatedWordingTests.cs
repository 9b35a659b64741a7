namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// An event only suspected, told as not reported or not encountered, asked after with a question mark or named as what
/// a treatment can do is no adverse event; an event the sentence excepts from a denial ("no other toxicity apart from
/// grade 1 nausea") is.
/// </summary>
public sealed class AdverseEventUnstatedWordingTests
{
    [Theory]
    [InlineData("He received nivolumab. Colitis was suspected, but the colonoscopy was normal.", "nivolumab")]
    [InlineData("She was given ipilimumab. Hypophysitis was suspected on MRI and she was admitted for tests.", "ipilimumab")]
    [InlineData("He received docetaxel. Peripheral neuropathy was not reported at any visit.", "docetaxel")]
    [InlineData("She received carboplatin. Hematological toxicity was not encountered.", "carboplatin")]
    [InlineData("He received cetuximab. Acneiform rash was not noted during the first month.", "cetuximab")]
    [InlineData("She was given durvalumab. The CT report read: pneumonitis?", "durvalumab")]
    [InlineData("He received atezolizumab. Immune-related adverse events such as colitis and hepatitis can be life-threatening.", "atezolizumab")]
    [InlineData("She was given sunitinib. Hypothyroidism may occur in up to a third of patients on sunitinib.", "sunitinib")]
    [InlineData("He received docetaxel every three weeks. To avoid neutropenia, pegfilgrastim was given.", "docetaxel")]
    [InlineData("She was given paclitaxel and was informed of possible side effects such as alopecia.", "paclitaxel")]
    [InlineData("He received capecitabine. Nausea and vomiting were denied at every visit.", "capecitabine")]
    [InlineData("She received nivolumab. Fatigue was not a problem during treatment.", "nivolumab")]
    public void AnEventNotToldAsThePatientsIsNoAdverseEvent(string text, string drug) =>
        Assert.Empty(ClinicalRun.Run(text, drug).AdverseEvents);

    [Theory]
    [InlineData("He received pembrolizumab every three weeks and had no toxicity apart from grade 1 fatigue.", "pembrolizumab", "fatigue")]
    [InlineData("She tolerated capecitabine well, with no vomiting or diarrhea, except grade 2 hand-foot syndrome.", "capecitabine", "hand-foot")]
    [InlineData("He was given oxaliplatin; no adverse event other than grade 1 peripheral neuropathy was seen.", "oxaliplatin", "neuropathy")]
    [InlineData("She received nivolumab. Colitis was suspected and confirmed by colonoscopy.", "nivolumab", "colitis")]
    [InlineData("He received paclitaxel. Grade 2 neuropathy developed after the fourth cycle.", "paclitaxel", "neuropathy")]
    [InlineData("She received irinotecan. Diarrhea was suspected to be caused by irinotecan and was treated with loperamide.", "irinotecan", "diarrhea")]
    [InlineData("He received ipilimumab. Hepatitis was suspected to be immune-related, and ipilimumab was stopped.", "ipilimumab", "hepatitis")]
    public void AnEventStatedBesideSuchWordingStillIs(string text, string drug, string term) =>
        Assert.Contains(ClinicalRun.Run(text, drug).AdverseEvents, e => e.Term.Contains(term, StringComparison.OrdinalIgnoreCase));
}
