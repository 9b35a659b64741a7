namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A death on an ordinal day of a stay ("died on the 13th hospital day", "on the fourth day in intensive care") is a
/// death with that time in days.
/// </summary>
public sealed class OutcomeOrdinalDayTests
{
    [Theory]
    [InlineData("She died on the 13th hospital day.", 13.0)]
    [InlineData("Despite maximal support, he died on the fourth day in intensive care.", 4.0)]
    [InlineData("The patient died of multiorgan failure on the 21st day of hospitalization.", 21.0)]
    [InlineData("He died on the second day of admission.", 2.0)]
    [InlineData("On the ninth hospital day, she died of refractory shock.", 9.0)]
    [InlineData("The patient expired on hospital day 6.", 6.0)]
    public void ADeathOnAnOrdinalDayHasThatTime(string text, double days)
    {
        var outcome = Assert.Single(ClinicalRun.Run(text).Outcomes, o => o.Kind == "death");
        Assert.Equal((days, "day"), (outcome.Value, outcome.Unit));
    }

    [Theory]
    [InlineData("On the third hospital day she was extubated and later discharged.")]
    [InlineData("Fever resolved on the fifth day of admission.")]
    public void AnOrdinalDayWithoutADeathIsNoOutcome(string text)
    {
        Assert.DoesNotContain(ClinicalRun.Run(text).Outcomes, o => o.Kind == "death");
    }
}
