namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// An infection caught from outside (COVID-19, influenza) and the signs told with it are the infection's, not the
/// treatment's; an infection or fever the treatment made possible stays its adverse event.
/// </summary>
public sealed class AdverseEventNamedInfectionTests
{
    [Theory]
    [InlineData("He received oxaliplatin and capecitabine. At the third cycle he developed COVID-19 pneumonia with fever and hypoxia.", "oxaliplatin,capecitabine")]
    [InlineData("She was on nivolumab. In March she developed influenza with fever and myalgia.", "nivolumab")]
    [InlineData("He received docetaxel. A month later he had fever and cough from a SARS-CoV-2 infection.", "docetaxel")]
    public void AnInfectionCaughtFromOutsideAndItsSignsAreNotAdverseEvents(string text, string drugs) =>
        Assert.Empty(ClinicalRun.Run(text, drugs.Split(',')).AdverseEvents);

    [Theory]
    [InlineData("After the second cycle of docetaxel he developed neutropenic fever.", "docetaxel", "febrile neutropenia")]
    [InlineData("She received docetaxel. Ten days later she had febrile neutropenia with fever and rigors.", "docetaxel", "febrile neutropenia")]
    [InlineData("She was on nivolumab. In March she had influenza, and later developed grade 2 colitis.", "nivolumab", "colitis")]
    public void AnEventTheTreatmentMadePossibleStaysAnAdverseEvent(string text, string drugs, string term) =>
        Assert.Contains(ClinicalRun.Run(text, drugs.Split(',')).AdverseEvents, e => e.Term == term);
}
