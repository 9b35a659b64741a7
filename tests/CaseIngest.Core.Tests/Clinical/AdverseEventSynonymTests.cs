namespace CaseIngest.Core.Tests.Clinical;

/// <summary>Authors' wordings of CTCAE events, including adjectives ("became hypothyroid"), name the usual event.</summary>
public sealed class AdverseEventSynonymTests
{
    [Theory]
    [InlineData("She received carboplatin and pemetrexed. After the second cycle she developed granulocytopenia.", "carboplatin,pemetrexed", "neutropenia", "Neutrophil count decreased")]
    [InlineData("He received carboplatin and pemetrexed. After the second cycle he had a low platelet count.", "carboplatin,pemetrexed", "thrombocytopenia", "Platelet count decreased")]
    [InlineData("He was started on nivolumab. Six weeks after the first dose he became hypothyroid.", "nivolumab", "hypothyroidism", "Hypothyroidism")]
    [InlineData("She received docetaxel. On day 8 of the first cycle she was found to be neutropenic.", "docetaxel", "neutropenia", "Neutrophil count decreased")]
    [InlineData("He was treated with capecitabine. During the second cycle he developed a grade 2 hand–foot syndrome.", "capecitabine", "hand-foot syndrome", "Palmar-plantar erythrodysesthesia syndrome")]
    [InlineData("She received ipilimumab and nivolumab. Three weeks later liver enzyme elevation was noted.", "ipilimumab,nivolumab", "hepatitis", null)]
    [InlineData("She was started on amlodipine. A week later she developed orthostatic hypotension, and amlodipine was stopped.", "amlodipine", "orthostatic hypotension", "Hypotension")]
    [InlineData("He received cisplatin and etoposide. After the third cycle he had postural hypotension.", "cisplatin,etoposide", "orthostatic hypotension", "Hypotension")]
    public void AnAuthorsWordingNamesTheCtcaeEvent(string text, string drugs, string term, string? ctcae)
    {
        var adverseEvent = Assert.Single(ClinicalRun.Run(text, drugs.Split(',')).AdverseEvents);
        Assert.Equal((term, ctcae), (adverseEvent.Term, adverseEvent.CtcaeTerm));
    }
}
