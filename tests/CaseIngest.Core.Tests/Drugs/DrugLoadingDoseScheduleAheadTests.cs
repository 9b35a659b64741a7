using CaseIngest.Core.Model;

namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A loading dose followed by doses whose schedule is written before them ("followed by weekly 250 mg/m2", "then
/// three-weekly doses of 6 mg/kg", "and weekly infusions of 2 mg/kg thereafter"), or named a loading dose before the drug
/// ("a loading dose of cetuximab 400 mg/m2, followed by …"): the schedule is the later doses', and the loading dose is
/// given once.
/// </summary>
public sealed class DrugLoadingDoseScheduleAheadTests
{
    private static List<DrugFact> FactsOf(string text, string generic) =>
        DrugFacts.Of(text).Where(d => d.Name == generic && d.Dose is not null).ToList();

    [Theory]
    [InlineData("Cetuximab was started with a loading dose of 400 mg/m2 followed by weekly 250 mg/m2.", "cetuximab", 400, 250, 1, "week")]
    [InlineData("She received trastuzumab as a loading dose of 8 mg/kg, then three-weekly doses of 6 mg/kg.", "trastuzumab", 8, 6, 3, "week")]
    [InlineData("Trastuzumab was given at a loading dose of 4 mg/kg and weekly infusions of 2 mg/kg thereafter.", "trastuzumab", 4, 2, 1, "week")]
    [InlineData("Cetuximab was given as a 400 mg/m2 loading dose followed by weekly doses of 250 mg/m2.", "cetuximab", 400, 250, 1, "week")]
    [InlineData("He received a loading dose of cetuximab 400 mg/m2, followed by weekly 250 mg/m2 with irinotecan.", "cetuximab", 400, 250, 1, "week")]
    [InlineData("She was given a loading dose of trastuzumab 8 mg/kg and then 6 mg/kg every three weeks.", "trastuzumab", 8, 6, 3, "week")]
    public void TheScheduleBeforeTheLaterDosesIsTheirs(string text, string generic, double loading, double maintenance, int every, string unit)
    {
        var facts = FactsOf(text, generic);
        Assert.Equal(2, facts.Count);
        Assert.Null(facts.Single(f => f.Dose!.Value == loading).Frequency);
        Assert.Equal(new Frequency(every, unit), facts.Single(f => f.Dose!.Value == maintenance).Frequency);
    }

    [Theory]
    [InlineData("Cetuximab 250 mg/m2 was given weekly.", "cetuximab", 250, 1, "week")]
    [InlineData("Paclitaxel was given weekly at 80 mg/m2.", "paclitaxel", 80, 1, "week")]
    public void AScheduleOfTheOnlyDoseStaysItsOwn(string text, string generic, double value, int every, string unit)
    {
        var fact = Assert.Single(FactsOf(text, generic));
        Assert.Equal(value, fact.Dose!.Value);
        Assert.Equal(new Frequency(every, unit), fact.Frequency);
    }
}
