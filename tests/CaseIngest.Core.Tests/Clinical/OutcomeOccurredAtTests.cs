namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// The time of a death or a recurrence told by a verb of happening after it ("death from the disease occurred at 14
/// months", "his death came 11 days after admission", "recurrence developed at 2 years") is its figure; the place or the
/// age of the event is none.
/// </summary>
public sealed class OutcomeOccurredAtTests
{
    [Theory]
    [InlineData("Death from the disease occurred at 14 months.", "death", 14.0, "month")]
    [InlineData("His death occurred 11 days after admission.", "death", 11.0, "day")]
    [InlineData("Death due to respiratory failure ensued at 3 weeks.", "death", 3.0, "week")]
    [InlineData("Death from metastatic melanoma occurred at nine months after the first dose of ipilimumab.", "death", 9.0, "month")]
    [InlineData("Her death came two years after the diagnosis.", "death", 2.0, "year")]
    [InlineData("A local recurrence occurred at 18 months.", "recurrence", 18.0, "month")]
    [InlineData("A pelvic relapse appeared at 2 years of follow-up.", "recurrence", 2.0, "year")]
    [InlineData("She died of sepsis 10 days after admission.", "death", 10.0, "day")]
    public void ATimeAfterAVerbOfHappeningIsTheFigureOfTheOutcome(string text, string kind, double value, string unit)
    {
        var outcome = Assert.Single(ClinicalRun.Run(text).Outcomes, o => o.Kind == kind);
        Assert.Equal((value, unit), (outcome.Value, outcome.Unit));
    }

    [Theory]
    [InlineData("Death from the disease occurred at home.", "death")]
    [InlineData("His death occurred at the age of 71.", "death")]
    [InlineData("A local recurrence occurred at 45 years of age.", "recurrence")]
    public void APlaceOrAnAgeIsNoFigure(string text, string kind)
    {
        var outcome = Assert.Single(ClinicalRun.Run(text).Outcomes, o => o.Kind == kind);
        Assert.Null(outcome.Value);
    }
}
