using CaseIngest.Core.Model;

namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// "X were followed by Y", "X, then Y": the words after the hand-over describe the next drug, so a schedule or count
/// written there is not the earlier drug's; and "12 weekly doses" counts doses rather than naming a 12-week interval.
/// </summary>
public sealed class DrugSequenceHandOverTests
{
    [Theory]
    [InlineData("Four cycles of EC were followed by 12 weekly doses of paclitaxel.", "epirubicin")]
    [InlineData("Four cycles of AC chemotherapy were followed by 12 weekly doses of paclitaxel.", "doxorubicin")]
    [InlineData("Two cycles of cisplatin and etoposide were followed by four weekly infusions of rituximab.", "cisplatin")]
    public void AScheduleAfterTheHandOverIsNotTheEarlierDrugs(string text, string generic)
    {
        var drug = DrugFacts.Single(text, generic);
        Assert.Null(drug.Frequency);
        Assert.NotNull(drug.Cycles);
    }

    [Theory]
    [InlineData("Four cycles of EC were followed by 12 weekly doses of paclitaxel.", "paclitaxel", 12)]
    [InlineData("Two cycles of cisplatin and etoposide were followed by four weekly infusions of rituximab.", "rituximab", 4)]
    public void CountedWeeklyDosesAreWeeklyCycles(string text, string generic, int cycles)
    {
        var drug = DrugFacts.Single(text, generic);
        Assert.Equal(new Frequency(1, "week"), drug.Frequency);
        Assert.Equal(cycles, drug.Cycles);
    }

    [Theory]
    [InlineData("She received gemcitabine 1000 mg/m2 on a 4-weekly schedule.", "gemcitabine", 4)]
    [InlineData("Zoledronic acid was given 12 weekly.", "zoledronic acid", 12)]
    public void AHyphenatedOrBareIntervalIsStillAnInterval(string text, string generic, double weeks)
    {
        Assert.Equal(new Frequency(weeks, "week"), DrugFacts.Single(text, generic).Frequency);
    }

    [Theory]
    [InlineData("Prednisone 60 mg daily, then tapered to 10 mg daily, and methotrexate 15 mg weekly were given.", "prednisone", 2)]
    [InlineData("Nivolumab 240 mg every 2 weeks for 6 cycles, followed by ipilimumab.", "nivolumab", 1)]
    public void ADrugsOwnStepsBeforeTheNextDrugAreKept(string text, string generic, int facts)
    {
        Assert.Equal(facts, DrugFacts.Of(text).Count(d => d.Name == generic));
    }
}
