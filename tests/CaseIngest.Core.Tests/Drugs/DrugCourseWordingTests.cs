using CaseIngest.Core.Model;

namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// Ways a report words a course: a count of cycles before a drug with a dose level or an agent count in between, a count
/// that is the subject of its sentence, a range of cycles, counted doses after a schedule, a cycle length after the
/// cycles, a drug given with another that shares the schedule stated after both, and a course told over two sentences.
/// </summary>
public sealed class DrugCourseWordingTests
{
    [Theory]
    [InlineData("She received two courses of high-dose methotrexate.", "methotrexate", 2)]
    [InlineData("Three cycles of low-dose cytarabine were given.", "cytarabine", 3)]
    [InlineData("He received six cycles of single-agent gemcitabine.", "gemcitabine", 6)]
    [InlineData("She was treated with 4 cycles of reduced-dose carboplatin and etoposide.", "etoposide", 4)]
    [InlineData("Five cycles of metronomic cyclophosphamide were given.", "cyclophosphamide", 5)]
    [InlineData("He received 3 cycles of full-dose cisplatin.", "cisplatin", 3)]
    [InlineData("Four cycles of standard dose cisplatin and fluorouracil were given.", "fluorouracil", 4)]
    [InlineData("Two cycles of intensified R-CHOP were given.", "rituximab", 2)]
    [InlineData("Six courses of dose-adjusted EPOCH were administered.", "etoposide", 6)]
    public void ADoseLevelOrAgentCountBetweenTheCountAndTheDrugKeepsTheCount(string text, string generic, int cycles)
    {
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);
    }

    [Theory]
    [InlineData("Four cycles were completed with carboplatin and pemetrexed.", "pemetrexed", 4)]
    [InlineData("Six cycles were administered of carboplatin and paclitaxel.", "carboplatin", 6)]
    [InlineData("Four courses were given with cisplatin and docetaxel.", "docetaxel", 4)]
    public void ACountThatIsTheSubjectOfTheSentenceCountsForTheDrugsItWasGivenWith(string text, string generic, int cycles)
    {
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);
    }

    [Fact]
    public void ACountGivenBeforeAnotherDrugWasStartedIsNotThatDrugsCount() =>
        Assert.Null(DrugFacts.Single("Two cycles were given before pembrolizumab was started.", "pembrolizumab").Cycles);

    [Theory]
    [InlineData("Cycles 1-4 of CAPOX were uneventful.", "oxaliplatin", 4)]
    [InlineData("Cycles 1 to 6 of docetaxel were given without delay.", "docetaxel", 6)]
    public void ARangeOfCyclesFromTheFirstIsThatManyCycles(string text, string generic, int cycles)
    {
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);
    }

    [Fact]
    public void ARangeOfLaterCyclesIsNoCount() =>
        Assert.Null(DrugFacts.Single("Cycles 3-5 of docetaxel were delayed.", "docetaxel").Cycles);

    [Theory]
    [InlineData("Nivolumab was given every 2 weeks for 10 doses.", "nivolumab", 10)]
    [InlineData("Rituximab was administered weekly for four doses.", "rituximab", 4)]
    [InlineData("Pembrolizumab was given for 5 infusions.", "pembrolizumab", 5)]
    [InlineData("She received cetuximab x 6 doses.", "cetuximab", 6)]
    [InlineData("He received cetuximab weekly x 8.", "cetuximab", 8)]
    [InlineData("Paclitaxel weekly ×12 was given.", "paclitaxel", 12)]
    [InlineData("She received pembrolizumab (q3w x 6).", "pembrolizumab", 6)]
    public void DosesCountedAfterTheDrugOrItsScheduleAreCycles(string text, string generic, int cycles)
    {
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);
    }

    [Theory]
    [InlineData("Dexamethasone 4 mg was given twice daily x 5 days.", "dexamethasone")]
    [InlineData("Cisplatin was given weekly; a 3 x 4 cm mass remained.", "cisplatin")]
    public void DaysCountedOrAMeasuredSizeAreNoCycles(string text, string generic)
    {
        Assert.Null(DrugFacts.Single(text, generic).Cycles);
    }

    [Theory]
    [InlineData("Docetaxel was given in cycles of 21 days.", "docetaxel", 21)]
    [InlineData("Gemcitabine was administered in treatment cycles of 28 days.", "gemcitabine", 28)]
    public void ACycleLengthAfterTheWordCyclesIsTheFrequency(string text, string generic, int days)
    {
        Assert.Equal(new Frequency(days, "day"), DrugFacts.Single(text, generic).Frequency);
    }

    [Theory]
    [InlineData("Carboplatin was given with paclitaxel every 3 weeks.", "carboplatin", 21.0)]
    [InlineData("Bevacizumab was administered together with FOLFOX every 2 weeks for 6 cycles.", "bevacizumab", 14.0)]
    [InlineData("Cisplatin was combined with etoposide, every 3 weeks, for 6 cycles.", "cisplatin", 21.0)]
    [InlineData("Rituximab was given in addition to CHOP every 21 days.", "rituximab", 21.0)]
    [InlineData("Trastuzumab was given in combination with docetaxel every three weeks.", "trastuzumab", 21.0)]
    public void ADrugGivenWithAnotherSharesTheScheduleStatedAfterBoth(string text, string generic, double days)
    {
        Assert.Equal(days, DaysBetween(DrugFacts.Single(text, generic).Frequency));
    }

    [Theory]
    [InlineData("Trastuzumab was given in combination with docetaxel for six cycles.", "trastuzumab", 6)]
    [InlineData("Pembrolizumab was added to carboplatin and pemetrexed for four cycles.", "pembrolizumab", 4)]
    public void ADrugGivenWithAnotherSharesTheCountStatedAfterBoth(string text, string generic, int cycles)
    {
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);
    }

    [Theory]
    [InlineData("Sorafenib was replaced with lenvatinib 12 mg every day.", "sorafenib")]
    [InlineData("Capecitabine was switched to gemcitabine every 2 weeks.", "capecitabine")]
    public void ADrugReplacedByAnotherDoesNotShareItsSchedule(string text, string generic)
    {
        Assert.Null(DrugFacts.Single(text, generic).Frequency);
    }

    [Theory]
    [InlineData("She underwent six cycles of adjuvant chemotherapy. The regimen consisted of carboplatin and paclitaxel.", "paclitaxel", 6)]
    [InlineData("He received four courses of chemotherapy. The chemotherapy comprised cisplatin and etoposide.", "cisplatin", 4)]
    [InlineData("A total of 3 cycles of first-line chemotherapy were given. Each cycle included docetaxel and cyclophosphamide.", "docetaxel", 3)]
    public void ACountOfChemotherapyCountsForTheDrugsTheNextSentenceSaysItConsistedOf(string text, string generic, int cycles)
    {
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);
    }

    [Fact]
    public void ACountOfChemotherapyDoesNotReachADrugGivenForAnotherReason() =>
        Assert.Null(DrugFacts.Single("She underwent six cycles of chemotherapy. Ondansetron was given for nausea.", "ondansetron").Cycles);

    [Theory]
    [InlineData("He received nivolumab. The drug was given intravenously every 2 weeks.", "nivolumab", 14.0)]
    [InlineData("Pembrolizumab was started in May. The antibody was administered every 3 weeks.", "pembrolizumab", 21.0)]
    [InlineData("Ipilimumab and nivolumab were started. The combination was given every 3 weeks.", "ipilimumab", 21.0)]
    public void TheDrugOrTheCombinationNamedInTheNextSentenceTakesItsSchedule(string text, string generic, double days)
    {
        Assert.Equal(days, DaysBetween(DrugFacts.Single(text, generic).Frequency));
    }

    /// <summary>Days between doses, or -1 when the drug has no frequency in days or weeks.</summary>
    private static double DaysBetween(Frequency? frequency) => frequency switch
    {
        { Unit: "week" } => frequency.Every * 7,
        { Unit: "day" } => frequency.Every,
        _ => -1,
    };
}
