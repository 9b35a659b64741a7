namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A death told with its place and then a time after "after" or "within" ("died at home after 4 months") has that time,
/// and a freedom from disease "over the following 3 years" lasted that long; a place or a span without a count gives none.
/// </summary>
public sealed class OutcomeTimeAfterPlaceTests
{
    [Theory]
    [InlineData("Palliative care was arranged and she died at home after 4 months.", 4.0, "month")]
    [InlineData("He died in hospital within 10 days of the operation.", 10.0, "day")]
    [InlineData("The patient was moved to comfort care and died in the hospice after two weeks.", 2.0, "week")]
    public void ADeathAtAPlaceAfterATimeHasThatTime(string text, double value, string unit)
    {
        var outcome = Assert.Single(ClinicalRun.Run(text).Outcomes, o => o.Kind == "death");
        Assert.Equal((value, unit), (outcome.Value, outcome.Unit));
    }

    [Theory]
    [InlineData("She died at home after a long illness.")]
    [InlineData("He died in hospital after the third cycle.")]
    public void ADeathAtAPlaceWithoutACountHasNoFigure(string text)
    {
        var outcome = Assert.Single(ClinicalRun.Run(text).Outcomes, o => o.Kind == "death");
        Assert.Null(outcome.Value);
    }

    [Fact]
    public void AFreedomFromRecurrenceOverTheFollowingYearsLastedThatLong()
    {
        var outcome = Assert.Single(
            ClinicalRun.Run("After resection of the sarcoma he was seen every six months without any recurrence over the following 4 years.").Outcomes,
            o => o.Kind == "no-evidence-of-disease");
        Assert.Equal((4.0, "year"), (outcome.Value, outcome.Unit));
    }
}
