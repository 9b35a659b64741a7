using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// Schedules and counts as reports write them: "every 3 weeks (q3w) for 2 years", "three doses", "a total of 35
/// infusions", "maintenance every 6 weeks", "twice daily", and a later dose with a schedule of its own ("240 mg every 2
/// weeks for 4 doses followed by 480 mg every 4 weeks"), which keeps that schedule and no count of the first step.
/// </summary>
public sealed class DrugScheduleCountWordingTests
{
    private static string Facts(string text) => string.Join("; ", Engines.Extract(text).Drugs.Select(d => $"{d.Name}|{d.Dose?.Value}{d.Dose?.Unit}|{d.Frequency?.Every}/{d.Frequency?.Unit}|c{d.Cycles}"));

    // NaN, "" and -1 leave a field unchecked
    [Theory]
    [InlineData("Pembrolizumab 200 mg was given every 3 weeks (q3w) for 2 years.", "pembrolizumab", 200, "mg", 3, "week", -1)]
    [InlineData("He received three doses of ipilimumab 3 mg/kg.", "ipilimumab", 3, "mg/kg", double.NaN, "", 3)]
    [InlineData("She received a total of 35 infusions of infliximab.", "infliximab", double.NaN, "", double.NaN, "", 35)]
    [InlineData("Maintenance pembrolizumab was given every 6 weeks.", "pembrolizumab", double.NaN, "", 6, "week", -1)]
    [InlineData("Maintenance with pembrolizumab 400 mg every 6 weeks was continued.", "pembrolizumab", 400, "mg", 6, "week", -1)]
    [InlineData("Trastuzumab was given every three weeks for a total of 17 cycles.", "trastuzumab", double.NaN, "", 3, "week", 17)]
    [InlineData("Nivolumab 240 mg was administered biweekly for twelve cycles.", "nivolumab", 240, "mg", 2, "week", 12)]
    [InlineData("Capecitabine 1000 mg/m2 twice daily for 14 days every 3 weeks was given for eight cycles.", "capecitabine", 1000, "mg/m2", 0.5, "day", 8)]
    [InlineData("Vincristine 1.4 mg/m2 was given weekly for four doses.", "vincristine", 1.4, "mg/m2", 1, "week", 4)]
    [InlineData("Imatinib 400 mg twice daily was started.", "imatinib", 400, "mg", 0.5, "day", -1)]
    [InlineData("Cyclophosphamide 750 mg/m2 was given monthly for six months.", "cyclophosphamide", 750, "mg/m2", 1, "month", 6)]
    [InlineData("She received 4 cycles of docetaxel 75 mg/m2 every 21 days.", "docetaxel", 75, "mg/m2", 21, "day", 4)]
    [InlineData("Leuprolide 22.5 mg was injected every 3 months.", "leuprorelin", 22.5, "mg", 3, "month", -1)]
    [InlineData("Nivolumab 240 mg every 2 weeks for 4 doses followed by 480 mg every 4 weeks was given.", "nivolumab", 240, "mg", 2, "week", 4)]
    [InlineData("Nivolumab 240 mg every 2 weeks for 4 doses followed by 480 mg every 4 weeks was given.", "nivolumab", 480, "mg", 4, "week", -1)]
    public void TheScheduleAndCountAreRead(string text, string generic, double value, string unit, double every, string everyUnit, int cycles)
    {
        var drugs = Engines.Extract(text).Drugs.Where(d => d.Name == generic).ToList();
        Assert.True(drugs.Exists(d => (double.IsNaN(value) || (d.Dose?.Value == value && d.Dose?.Unit == unit))
            && (double.IsNaN(every) || (d.Frequency?.Every == every && d.Frequency?.Unit == everyUnit))
            && (cycles < 0 || d.Cycles == cycles)), Facts(text));
    }

    [Fact]
    public void ALaterDoseWithItsOwnScheduleKeepsNoCountOfTheFirstStep()
    {
        var later = DrugFacts.Of("Nivolumab 240 mg every 2 weeks for 4 doses followed by 480 mg every 4 weeks was given.").Single(d => d.Dose?.Value == 480);
        Assert.Null(later.Cycles);
    }

    [Fact]
    public void ALaterDoseWithoutAScheduleKeepsTheFirstStepsSchedule()
    {
        var later = DrugFacts.Of("Prednisolone 40 mg daily was given, then 20 mg.").Single(d => d.Dose?.Value == 20);
        Assert.Equal(new Model.Frequency(1, "day"), later.Frequency);
    }
}
