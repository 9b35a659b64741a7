namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A clause that dates an event from a drug being stopped ("after levodopa was withheld for 12 hours") tells what
/// happened without the drug, not what the drug caused; a drug stopped because of the event stays its cause.
/// </summary>
public sealed class AdverseEventWithdrawalTests
{
    [Theory]
    [InlineData("He had Parkinson's disease treated with levodopa. In the off state after levodopa was withheld for 12 hours, he showed tremor and dysarthria.", "levodopa")]
    [InlineData("She took sertraline for depression. Two days after the medication was stopped, she complained of dizziness and nausea.", "sertraline")]
    public void AnEventDatedFromADrugBeingStoppedIsNotItsAdverseEvent(string text, string drugs) =>
        Assert.Empty(ClinicalRun.Run(text, drugs.Split(',')).AdverseEvents);

    [Fact]
    public void AnEventAfterWhichADrugWasStoppedStaysItsAdverseEvent()
    {
        var adverseEvent = Assert.Single(ClinicalRun.Run(
            "He was treated with capecitabine. He developed diarrhoea, after which capecitabine was withheld.", "capecitabine").AdverseEvents);
        Assert.Equal(("diarrhea", "capecitabine"), (adverseEvent.Term, Assert.Single(adverseEvent.Therapy)));
    }
}
