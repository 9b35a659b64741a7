using CaseIngest.Core.Model;

namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// Schedule wordings beside "every N weeks": intervals stated as an ordinal ("every third week"), as an N-weekly
/// adjective ("4-weekly", "six-weekly"), as N-week intervals, hyphenated counts ("twice-daily"), doses "a day";
/// courses counted in rounds; a lower-case "iv" route.
/// </summary>
public sealed class DrugIntervalWordingTests
{
    [Theory]
    [InlineData("Trastuzumab was then given every third week for a year.", "trastuzumab", 3, "week")]
    [InlineData("He continued nivolumab 480 mg every 4th week.", "nivolumab", 4, "week")]
    [InlineData("Denosumab 120 mg was injected 4-weekly.", "denosumab", 4, "week")]
    [InlineData("Goserelin was given six-weekly thereafter.", "goserelin", 6, "week")]
    [InlineData("Zoledronic acid was given at 12-weekly intervals.", "zoledronic acid", 12, "week")]
    [InlineData("Infliximab infusions were repeated at 8-week intervals.", "infliximab", 8, "week")]
    [InlineData("She was treated with octreotide at 4-week intervals.", "octreotide", 4, "week")]
    public void IntervalsStatedWithoutEveryNWeeksAreRead(string text, string generic, double every, string unit)
    {
        Assert.Equal(new Frequency(every, unit), DrugFacts.Single(text, generic).Frequency);
    }

    [Theory]
    [InlineData("Apixaban 5 mg twice-daily was begun.", "apixaban", 0.5, "day")]
    [InlineData("He took oseltamivir 75 mg twice a day.", "oseltamivir", 0.5, "day")]
    [InlineData("Prednisolone 30 mg a day was started.", "prednisolone", 1, "day")]
    [InlineData("She took methotrexate 15 mg a week.", "methotrexate", 1, "week")]
    public void CountsPerDayWrittenWithAHyphenOrADoseADayAreRead(string text, string generic, double every, string unit)
    {
        Assert.Equal(new Frequency(every, unit), DrugFacts.Single(text, generic).Frequency);
    }

    [Theory]
    [InlineData("She received three rounds of carboplatin.", "carboplatin", 3)]
    [InlineData("Docetaxel was given for 4 rounds before surgery.", "docetaxel", 4)]
    public void RoundsOfTreatmentAreCycles(string text, string generic, int cycles)
    {
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);
    }

    [Theory]
    [InlineData("Levofloxacin 500 mg daily iv was started.", "levofloxacin")]
    [InlineData("He was given iv vancomycin on admission.", "vancomycin")]
    public void ALowerCaseIvIsAnIntravenousRoute(string text, string generic)
    {
        Assert.Equal("intravenous", DrugFacts.Single(text, generic).Route);
    }

    [Theory]
    [InlineData("Cisplatin was given with (iv) radiotherapy of the neck.", "cisplatin")]
    [InlineData("Cetuximab was given for a stage iv tumour.", "cetuximab")]
    public void AnEnumerationOrStageIvIsNotARoute(string text, string generic)
    {
        Assert.Null(DrugFacts.Single(text, generic).Route);
    }
}
