namespace CaseIngest.Core.Tests.Clinical;

/// <summary>Events listed as examples under an adverse-event noun ("adverse events such as …", "toxicities, including …") are the patient's.</summary>
public sealed class AdverseEventListTests
{
    [Theory]
    [InlineData("She received four cycles of carboplatin and pemetrexed. Treatment-related adverse events, such as nausea, fatigue and neutropenia, were manageable.", "carboplatin", "nausea,fatigue,neutropenia")]
    [InlineData("He was started on nivolumab. Immune-related adverse events (e.g., hypothyroidism and dermatitis) appeared after the third dose.", "nivolumab", "hypothyroidism,dermatitis")]
    [InlineData("She received two cycles of FOLFOX. She had several toxicities, including anemia and diarrhea, and the third cycle was delayed.", "FOLFOX", "anemia,diarrhea")]
    public void EventsListedUnderAnAdverseEventNounAreThePatients(string text, string drug, string terms)
    {
        var found = ClinicalRun.Run(text, drug).AdverseEvents.Select(a => a.Term).ToList();
        foreach (var term in terms.Split(','))
        {
            Assert.Contains(term, found);
        }
    }

    [Theory]
    [InlineData("He received six cycles of nivolumab without adverse events such as rash or diarrhea.")]
    [InlineData("She received nivolumab. Other causes, such as pneumonia or sepsis, were considered.")]
    [InlineData("After two cycles of nivolumab, rash, diarrhea, hepatitis and pneumonitis were not observed.")]
    [InlineData("On nivolumab, fatigue, colitis, or hypothyroidism did not occur.")]
    public void ANegatedOrOtherExampleListStaysOut(string text) =>
        Assert.Empty(ClinicalRun.Run(text, "nivolumab").AdverseEvents);
}
