using CaseIngest.Core.Model;

namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// Schedules and routes in the wordings that name no route adjective or "every": counts of administrations per day or
/// week, abbreviated time units, infusions, tablets, counts of cycles stated before a drug is stopped, and a dose per
/// week or month, at night, or once in a number of weeks.
/// </summary>
public sealed class DrugScheduleWordingTests
{
    [Theory]
    [InlineData("She took fluconazole 200 mg 3 times daily.", "fluconazole", 0.33, "day")]
    [InlineData("Valaciclovir 1 g was taken 3 times a day for a week.", "valacyclovir", 0.33, "day")]
    [InlineData("He was prescribed famciclovir 250 mg 5 times daily.", "famciclovir", 0.2, "day")]
    [InlineData("Mesalazine (1 g, four times per day) was started.", "mesalazine", 0.25, "day")]
    [InlineData("Glatiramer 40 mg was injected 3 times a week.", "glatiramer", 2.33, "day")]
    [InlineData("Teriparatide was injected twice weekly.", "teriparatide", 3.5, "day")]
    [InlineData("Methotrexate 2.5 mg 2 times per week was added.", "methotrexate", 3.5, "day")]
    public void CountsOfAdministrationsPerDayOrWeekBecomeAnInterval(string text, string generic, double every, string unit)
    {
        Assert.Equal(new Frequency(every, unit), DrugFacts.Single(text, generic).Frequency);
    }

    [Theory]
    [InlineData("Ganciclovir 5 mg/kg every 12 h was given.", "ganciclovir", 12, "hour")]
    [InlineData("Cefepime 2 g every 8 hrs was given.", "cefepime", 8, "hour")]
    [InlineData("Zoledronic acid 4 mg every 28 d was added.", "zoledronic acid", 28, "day")]
    public void AbbreviatedTimeUnitsAfterEveryAreRead(string text, string generic, double every, string unit)
    {
        Assert.Equal(new Frequency(every, unit), DrugFacts.Single(text, generic).Frequency);
    }

    [Theory]
    [InlineData("Hypotension persisted despite an infusion of vasopressin.", "vasopressin")]
    [InlineData("She remained on milrinone and dobutamine infusions for two days.", "milrinone")]
    [InlineData("She remained on milrinone and dobutamine infusions for two days.", "dobutamine")]
    [InlineData("Propofol was given by continuous infusion during transfer.", "propofol")]
    [InlineData("Bumetanide by vein was added for the oedema.", "bumetanide")]
    [InlineData("Remifentanil was infused at a low rate.", "remifentanil")]
    public void AnInfusionIsAnIntravenousRoute(string text, string generic)
    {
        Assert.Equal("intravenous", DrugFacts.Single(text, generic).Route);
    }

    [Fact]
    public void AnArterialInfusionIsNotIntravenous()
    {
        Assert.Equal("intra-arterial", DrugFacts.Single("He received hepatic arterial infusion of oxaliplatin.", "oxaliplatin").Route);
    }

    [Fact]
    public void AnInfusionAfterAnotherDrugsDoseIsThatDrugsRoute()
    {
        var drugs = DrugFacts.Of("Treatment with irinotecan, 150 mg/m2; and fluorouracil, 2000 mg/m2 given as a 48-hour continuous infusion, every 2 weeks, was started.");
        Assert.Null(drugs.Single(d => d.Name == "irinotecan").Route);
        Assert.Equal("intravenous", drugs.Single(d => d.Name == "fluorouracil").Route);
    }

    [Fact]
    public void AnInfusionReactionIsNotARoute()
    {
        Assert.Null(DrugFacts.Single("An infusion-related reaction to daratumumab was noted.", "daratumumab").Route);
    }

    [Theory]
    [InlineData("Mycophenolate (500 mg, oral, twice daily) was added.", "mycophenolate mofetil")]
    [InlineData("She had taken levothyroxine tablets for years.", "levothyroxine")]
    [InlineData("Omeprazole capsules were prescribed.", "omeprazole")]
    public void AnOralWordOrATabletIsAnOralRoute(string text, string generic)
    {
        Assert.Equal("oral", DrugFacts.Single(text, generic).Route);
    }

    [Theory]
    [InlineData("After six cycles, paclitaxel was discontinued because of neuropathy.", "paclitaxel", 6)]
    [InlineData("After almost a year of treatment (18 cycles), the fatigue was disabling and nivolumab was stopped.", "nivolumab", 18)]
    [InlineData("Following four courses, irinotecan had to be stopped for diarrhoea.", "irinotecan", 4)]
    public void CyclesBeforeADrugIsStoppedCountForIt(string text, string generic, int cycles)
    {
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);
    }

    [Fact]
    public void CyclesOfOneDrugDoNotPassToTheDrugThatReplacesIt()
    {
        var drugs = DrugFacts.Of("After four cycles of FOLFOX, oxaliplatin was stopped and irinotecan was started.");
        Assert.Null(drugs.Single(d => d.Name == "irinotecan").Cycles);
        Assert.Equal(4, drugs.Single(d => d.Name == "oxaliplatin").Cycles);
    }

    [Fact]
    public void ACarboplatinDoseWrittenAsAreaUnderTheCurveKeepsItInTheList()
    {
        var carboplatin = DrugFacts.Single("Carboplatin (area under the curve 5) and etoposide (100 mg/m2, days 1-3) were given every 21 days for four cycles.", "carboplatin");
        Assert.Equal(new Frequency(21, "day"), carboplatin.Frequency);
        Assert.Equal(4, carboplatin.Cycles);
    }

    [Fact]
    public void ACourseRepeatedInTheNextSentenceGivesTheDrugsTheirFrequency()
    {
        var drug = DrugFacts.Single("Temozolomide 150 mg/m2 was given on days 1 to 5. Cycles were repeated every 28 days.", "temozolomide");
        Assert.Equal(new Frequency(28, "day"), drug.Frequency);
    }

    [Fact]
    public void ATestRepeatedLaterIsNotTheDrugsFrequency()
    {
        var drug = DrugFacts.Single("Prednisone 40 mg was started. Blood counts were repeated every week.", "prednisone");
        Assert.Null(drug.Frequency);
    }

    [Theory]
    [InlineData("Methotrexate 20 mg per week was continued.", "methotrexate", 1, "week")]
    [InlineData("Denosumab 120 mg per month was given.", "denosumab", 1, "month")]
    [InlineData("Gabapentin 300 mg was taken at night.", "gabapentin", 1, "day")]
    [InlineData("Cisplatin was given once in 3 weeks.", "cisplatin", 3, "week")]
    [InlineData("Zoledronic acid was infused once in every four weeks.", "zoledronic acid", 4, "week")]
    public void ADosePerWeekOrMonthAtNightOrOnceInSomeWeeksHasThatFrequency(string text, string generic, double every, string unit)
    {
        Assert.Equal(new Frequency(every, unit), DrugFacts.Single(text, generic).Frequency);
    }

    [Theory]
    [InlineData("Prednisone 50 mg (10 mg reduction per week) was started.", "prednisone")]
    [InlineData("Prednisone was tapered by 5 mg per week.", "prednisone")]
    public void ATaperRatePerWeekIsNoFrequency(string text, string generic)
    {
        Assert.Null(DrugFacts.Single(text, generic).Frequency);
    }
}
