namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// An event the patient stayed free of, a symptom present long before the treatment, and a condition named only as
/// the cause of another event are no adverse events; an event that follows the treatment still is.
/// </summary>
public sealed class AdverseEventFreeAndPastTests
{
    [Theory]
    [InlineData("She received capecitabine at a reduced dose and remained free from diarrhea over the next four cycles.", "capecitabine")]
    [InlineData("After the switch to weekly paclitaxel he stayed free of rash for the rest of treatment.", "paclitaxel")]
    [InlineData("Oxaliplatin was reduced by 20%, and she was free of neuropathy after the dose reduction.", "oxaliplatin")]
    [InlineData("He continued sunitinib and remained completely free of hypertension during follow-up.", "sunitinib")]
    [InlineData("On nivolumab she has remained entirely free from colitis for 14 months.", "nivolumab")]
    [InlineData("With loperamide prophylaxis she remained free from clinically significant nausea and diarrhoea on irinotecan.", "irinotecan")]
    [InlineData("After the dose reduction of docetaxel he stayed free of grade 3 or higher neutropenia.", "docetaxel")]
    public void AnEventThePatientStayedFreeOfIsNoAdverseEvent(string text, string drug) =>
        Assert.Empty(ClinicalRun.Run(text, drug).AdverseEvents);

    [Theory]
    [InlineData("He had a tremor present since childhood. After the third cycle of docetaxel he was reviewed in clinic.", "docetaxel")]
    [InlineData("She was treated with gemcitabine; her psoriasis, present since adolescence, was unchanged.", "gemcitabine")]
    [InlineData("He started pembrolizumab. He reported chronic back pain for ten years, unchanged on treatment.", "pembrolizumab")]
    [InlineData("She received carboplatin. Her hearing loss had been present since birth.", "carboplatin")]
    [InlineData("After two cycles of cisplatin he mentioned a headache that he had had for many years.", "cisplatin")]
    public void ASymptomPresentLongBeforeTheTreatmentIsNoAdverseEvent(string text, string drug) =>
        Assert.Empty(ClinicalRun.Run(text, drug).AdverseEvents);

    [Theory]
    [InlineData("He was given sunitinib. Four months later he was admitted with a stroke due to atrial fibrillation.", "sunitinib", "atrial fibrillation")]
    [InlineData("She received pemetrexed. Six weeks later she had dyspnea secondary to a pleural effusion.", "pemetrexed", "pleural effusion")]
    [InlineData("After the second dose of nivolumab he developed vomiting caused by a bowel obstruction.", "nivolumab", "bowel obstruction")]
    public void AConditionNamedOnlyAsTheCauseOfAnotherEventIsNoAdverseEvent(string text, string drug, string cause) =>
        Assert.DoesNotContain(ClinicalRun.Run(text, drug).AdverseEvents, e => e.Term.Contains(cause, StringComparison.OrdinalIgnoreCase));

    [Theory]
    [InlineData("She developed grade 2 diarrhea after the second cycle of capecitabine.", "capecitabine", "diarrhea")]
    [InlineData("He remained on paclitaxel but developed a rash after the fourth dose.", "paclitaxel", "rash")]
    [InlineData("He had been free of symptoms until the third cycle of oxaliplatin, when he developed peripheral neuropathy.", "oxaliplatin", "neuropathy")]
    [InlineData("She received sunitinib and two months later developed atrial fibrillation due to sunitinib.", "sunitinib", "atrial fibrillation")]
    [InlineData("After starting pembrolizumab she developed new-onset back pain.", "pembrolizumab", "back pain")]
    public void AnEventThatFollowsTheTreatmentStaysAnAdverseEvent(string text, string drug, string term) =>
        Assert.Contains(ClinicalRun.Run(text, drug).AdverseEvents, e => e.Term.Contains(term, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void FreedomFromProgressionIsAnOutcomeAndNoAdverseEvent() =>
        Assert.Empty(ClinicalRun.Run("He received six cycles of oxaliplatin and fluorouracil and remained free from progression for 18 months.", "oxaliplatin", "fluorouracil").AdverseEvents);
}
