namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// An event that comes back when the same treatment is given again is the same event of that treatment, and a
/// time link to a numbered dose or cycle ties an event to the drug it names.
/// </summary>
public sealed class AdverseEventRechallengeTests
{
    [Fact]
    public void AnEventThatRecursOnRechallengeIsOneEventOfTheSameDrug()
    {
        const string text = "He received pembrolizumab and developed grade 2 colitis, so pembrolizumab was withheld. "
            + "Once the diarrhoea settled, pembrolizumab was resumed, and the colitis recurred on rechallenge.";
        var colitis = Assert.Single(ClinicalRun.Run(text, "pembrolizumab").AdverseEvents, e => e.Term == "colitis");
        Assert.Equal((int?)2, colitis.Grade);
        Assert.Equal(["pembrolizumab"], colitis.Therapy);
    }

    [Theory]
    [InlineData("She had started nivolumab in May. Two weeks after the third dose of nivolumab she developed a maculopapular rash.", "rash", "nivolumab")]
    [InlineData("He was given docetaxel every three weeks. Following the second cycle of docetaxel, he had febrile neutropenia.", "febrile neutropenia", "docetaxel")]
    public void ATimeLinkToANumberedDoseTiesTheEvent(string text, string term, string therapy)
    {
        var adverseEvent = Assert.Single(ClinicalRun.Run(text, therapy).AdverseEvents);
        Assert.Equal(term, adverseEvent.Term);
        Assert.Equal([therapy], adverseEvent.Therapy);
    }
}
