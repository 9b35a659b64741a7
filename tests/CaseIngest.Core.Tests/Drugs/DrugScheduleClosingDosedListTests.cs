namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A cycle schedule that closes a list of drugs each written with its own dose ("pemetrexed at 500 mg/m2 and cisplatin
/// at 75 mg/m2 every three weeks") is the schedule of every drug of the list, with the count that follows it. A daily
/// or monthly schedule after the last drug, a schedule the earlier drug states itself, a hand-over ("then") and a
/// schedule followed by more words of the clause stay with their own drug.
/// </summary>
public sealed class DrugScheduleClosingDosedListTests
{
    [Theory]
    [InlineData("She was started on pemetrexed at 500 mg/m2 and cisplatin at 75 mg/m2 every three weeks.", "pemetrexed", 3, "week")]
    [InlineData("The regimen was epirubicin 90 mg/m2 on day 1 and 500 mg/m2 intravenous ifosfamide on day 1, repeated every 21 days for four cycles.", "epirubicin", 21, "day")]
    [InlineData("Treatment consisted of carboplatin at a dose of AUC 2 and paclitaxel at a dose of 50 mg/m2 weekly.", "carboplatin", 1, "week")]
    [InlineData("He was given docetaxel at 75 mg/m2, carboplatin at AUC 6 and trastuzumab at 6 mg/kg every 3 weeks.", "docetaxel", 3, "week")]
    [InlineData("He was given docetaxel at 75 mg/m2, carboplatin at AUC 6 and trastuzumab at 6 mg/kg every 3 weeks.", "carboplatin", 3, "week")]
    [InlineData("Second-line therapy was irinotecan (180 mg/m2) and bevacizumab (5 mg/kg) q2w.", "irinotecan", 2, "week")]
    public void AScheduleClosingADosedListIsEachDrugsSchedule(string text, string generic, double every, string unit)
    {
        var frequency = DrugFacts.Single(text, generic).Frequency;
        Assert.NotNull(frequency);
        Assert.Equal(every, frequency.Every);
        Assert.Equal(unit, frequency.Unit);
    }

    [Theory]
    [InlineData("The regimen was epirubicin 90 mg/m2 on day 1 and 500 mg/m2 intravenous ifosfamide on day 1, repeated every 21 days for four cycles.", "epirubicin", 4)]
    [InlineData("Our patient had gemcitabine at 1000 mg/m2 on days 1 and 8 and cisplatin at 70 mg/m2 every 3 weeks for six cycles.", "gemcitabine", 6)]
    [InlineData("The patient received 50 mg/m2 epirubicin on day 1 and 500 mg/m2 ifosfamide on day 1, cycled every 3 weeks for six cycles.", "epirubicin", 6)]
    public void TheCountAfterTheScheduleCountsEachDrug(string text, string generic, int cycles) =>
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("He was given oxaliplatin at 130 mg/m2 and capecitabine at 1000 mg/m2 twice daily.", "oxaliplatin")]
    [InlineData("She was on anastrozole at 1 mg and zoledronic acid at 4 mg every 6 months.", "anastrozole")]
    [InlineData("She received cisplatin at 75 mg/m2, then docetaxel at 75 mg/m2 every 3 weeks.", "cisplatin")]
    [InlineData("She took anastrozole at 1 mg, and denosumab at 120 mg every 4 weeks was added later.", "anastrozole")]
    public void AScheduleOfTheLastDrugOnlyStaysWithIt(string text, string generic) =>
        Assert.Null(DrugFacts.Single(text, generic).Frequency);

    [Fact]
    public void AnEarlierDrugKeepsItsOwnSchedule()
    {
        var frequency = DrugFacts.Single("He was treated with gemcitabine 1000 mg/m2 weekly and cisplatin 25 mg/m2 every 3 weeks.", "gemcitabine").Frequency;
        Assert.NotNull(frequency);
        Assert.Equal(1, frequency.Every);
        Assert.Equal("week", frequency.Unit);
    }
}
