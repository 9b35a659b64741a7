using CaseIngest.Core.Model;

namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A schedule that changes over the course: a flat dose after a weight-based one, a loading dose before the maintenance
/// dose, a dose lowered or raised after a stated schedule. Each dose reached is a fact with its own schedule.
/// </summary>
public sealed class DrugScheduleChangeTests
{
    private static List<DrugFact> FactsOf(string text, string generic) =>
        DrugFacts.Of(text).Where(d => d.Name == generic && d.Dose is not null).OrderBy(d => d.Dose!.Unit, StringComparer.Ordinal).ThenBy(d => d.Dose!.Value).ToList();

    [Theory]
    [InlineData("Nivolumab was started at 3 mg/kg every 2 weeks, then changed to a flat dose of 480 mg every 4 weeks.", "nivolumab", 480, "mg", 3, "mg/kg")]
    [InlineData("He received nivolumab 3 mg/kg every two weeks and was later switched to 480 mg every four weeks.", "nivolumab", 480, "mg", 3, "mg/kg")]
    [InlineData("Pembrolizumab 2 mg/kg every 3 weeks was replaced by a fixed dose of 200 mg every 3 weeks.", "pembrolizumab", 200, "mg", 2, "mg/kg")]
    [InlineData("Ipilimumab at 3 mg/kg was converted to a flat dose of 240 mg.", "ipilimumab", 240, "mg", 3, "mg/kg")]
    public void AFlatDoseAfterAWeightBasedDoseIsASecondFact(string text, string generic, double flat, string flatUnit, double weighted, string weightedUnit)
    {
        var facts = FactsOf(text, generic);
        Assert.Equal([new Dose(flat, flatUnit), new Dose(weighted, weightedUnit)], facts.Select(f => f.Dose!).ToList());
    }

    [Fact]
    public void AFlatDoseKeepsTheScheduleWrittenWithIt()
    {
        var facts = FactsOf("Nivolumab was started at 3 mg/kg every 2 weeks, then changed to a flat dose of 480 mg every 4 weeks.", "nivolumab");
        Assert.Equal(new Frequency(4, "week"), facts.Single(f => f.Dose!.Unit == "mg").Frequency);
        Assert.Equal(new Frequency(2, "week"), facts.Single(f => f.Dose!.Unit == "mg/kg").Frequency);
    }

    [Theory]
    [InlineData("Cetuximab was given as a 400 mg/m2 loading dose, followed by 250 mg/m2 weekly.", "cetuximab", 400, 250)]
    [InlineData("Trastuzumab was administered at a loading dose of 8 mg/kg, followed by 6 mg/kg every 3 weeks.", "trastuzumab", 8, 6)]
    [InlineData("Trastuzumab 4 mg/kg loading dose and then 2 mg/kg weekly was started.", "trastuzumab", 4, 2)]
    [InlineData("Pertuzumab was given with a loading dose of 840 mg and thereafter 420 mg every three weeks.", "pertuzumab", 840, 420)]
    public void ALoadingDoseDoesNotTakeTheScheduleOfTheDosesAfterIt(string text, string generic, double loading, double maintenance)
    {
        var facts = FactsOf(text, generic);
        Assert.Equal(2, facts.Count);
        var first = facts.Single(f => f.Dose!.Value == loading);
        Assert.Null(first.Frequency);
        Assert.NotNull(facts.Single(f => f.Dose!.Value == maintenance).Frequency);
    }

    [Fact]
    public void AnInitialDoseHeldDailyKeepsItsSchedule()
    {
        var facts = FactsOf("Prednisone was started at an initial dose of 60 mg daily, then 40 mg daily.", "prednisone");
        Assert.All(facts, f => Assert.Equal(new Frequency(1, "day"), f.Frequency));
    }

    [Theory]
    [InlineData("Lenvatinib 24 mg daily was decreased to 14 mg daily and later raised to 18 mg daily.", "lenvatinib", 14, 24)]
    [InlineData("Sorafenib 400 mg twice daily was reduced to 200 mg twice daily for hand-foot skin reaction.", "sorafenib", 200, 400)]
    [InlineData("Imatinib 400 mg daily was increased to 600 mg daily after loss of response.", "imatinib", 400, 600)]
    public void ADoseLoweredOrRaisedAfterItsScheduleIsASecondFact(string text, string generic, double lower, double higher)
    {
        var doses = FactsOf(text, generic).Select(f => f.Dose!.Value).ToList();
        Assert.Contains(lower, doses);
        Assert.Contains(higher, doses);
    }
}
