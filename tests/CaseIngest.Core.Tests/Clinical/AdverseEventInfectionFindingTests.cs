namespace CaseIngest.Core.Tests.Clinical;

/// <summary>An event right before a test finds an infection is the infection's sign, unless the text ties it to a treatment.</summary>
public sealed class AdverseEventInfectionFindingTests
{
    [Theory]
    [InlineData("She received docetaxel every three weeks. Two weeks after the second cycle she developed fever and chills. Blood cultures grew Escherichia coli.", "docetaxel", "fever,chills")]
    [InlineData("He was on pembrolizumab maintenance. In June he reported fatigue and a productive cough, and chest CT revealed a right lower lobe pneumonia.", "pembrolizumab", "fatigue,cough")]
    [InlineData("She received gemcitabine. During the third cycle she developed diarrhea and abdominal pain. A stool test was positive for Clostridioides difficile toxin.", "gemcitabine", "diarrhea,abdominal pain")]
    [InlineData("He was treated with nivolumab. A month later he developed hypotension and tachycardia. He was diagnosed with a urinary tract infection.", "nivolumab", "hypotension,tachycardia")]
    public void AnEventBeforeATestFindsAnInfectionIsNotAnAdverseEvent(string text, string drug, string signs)
    {
        var found = ClinicalRun.Run(text, drug).AdverseEvents.Select(e => e.Term).ToList();
        Assert.All(signs.Split(','), sign => Assert.DoesNotContain(sign, found));
    }

    [Theory]
    [InlineData("She received docetaxel. On day 10 of cycle 1 she developed febrile neutropenia, and blood cultures grew Escherichia coli.", "docetaxel", "febrile neutropenia")]
    [InlineData("He received nivolumab. After the second dose he had grade 2 diarrhea. Stool cultures were negative and no infection was found.", "nivolumab", "diarrhea")]
    [InlineData("She was treated with capecitabine. After two cycles she developed capecitabine-induced diarrhea, and CT revealed colitis without abscess.", "capecitabine", "diarrhea")]
    public void ABloodCountATiedEventOrANegatedInfectionStaysAnAdverseEvent(string text, string drug, string term) =>
        Assert.Contains(term, ClinicalRun.Run(text, drug).AdverseEvents.Select(e => e.Term));
}
