namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// The time of a death told after a cause introduced by "because of", "owing to" or "secondary to", on a transplant day
/// written with its sign ("day +48"), or counted with an article ("a month after", "a year and a half after") is the
/// figure of the death; a death without such a time stays without one.
/// </summary>
public sealed class OutcomeDeathTimeConnectorTests
{
    [Theory]
    [InlineData("Despite supportive care, she died because of refractory septic shock 5 weeks after the operation.", 5.0, "week")]
    [InlineData("He died owing to progressive respiratory failure 7 months after the diagnosis.", 7.0, "month")]
    [InlineData("The man died secondary to intracranial bleeding 10 days after admission.", 10.0, "day")]
    [InlineData("He died of invasive aspergillosis on day +48 after the second graft.", 48.0, "day")]
    [InlineData("She died on day +21 after cord blood infusion.", 21.0, "day")]
    [InlineData("She succumbed a year and a half after her transplant.", 1.5, "year")]
    [InlineData("He died a month after the start of salvage chemotherapy.", 1.0, "month")]
    [InlineData("The boy passed away a week after leaving the intensive care unit.", 1.0, "week")]
    public void ATimeAfterTheCauseOrTheDayOfADeathIsItsFigure(string text, double value, string unit)
    {
        var outcome = Assert.Single(ClinicalRun.Run(text).Outcomes, o => o.Kind == "death");
        Assert.Equal((value, unit), (outcome.Value, outcome.Unit));
    }

    [Theory]
    [InlineData("She eventually died because of the lymphoma.")]
    [InlineData("He died a few months after the diagnosis.")]
    [InlineData("The patient died of graft failure on the day of the infusion.")]
    public void ADeathWithoutACountedTimeHasNoFigure(string text)
    {
        var outcome = Assert.Single(ClinicalRun.Run(text).Outcomes, o => o.Kind == "death");
        Assert.Null(outcome.Value);
    }

    [Theory]
    [InlineData("On day +14 after the graft he developed a fever, which resolved with antibiotics.")]
    [InlineData("A month after the operation she was well and back at work.")]
    public void ADayOrAMonthWithoutADeathIsNoDeath(string text)
    {
        Assert.DoesNotContain(ClinicalRun.Run(text).Outcomes, o => o.Kind == "death");
    }
}
