namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A count told before a list of drugs that each carry their own dose, route or days ("six cycles of chemotherapy
/// consisting of ifosfamide … on days 1-3, epirubicin … on day 1, and an injection of … pegfilgrastim") or
/// their own dose words before the name ("… and high-dose intravenous methotrexate") counts every drug of the list. A
/// count told as a time ("after four cycles of docetaxel at a dose of …, gemcitabine … and cisplatin were started"), or a list not
/// closed by a list word, leaves the later drugs without it.
/// </summary>
public sealed class DrugCountOverOwnWordsListTests
{
    [Theory]
    [InlineData("She was given six cycles of adjuvant chemotherapy consisting of ifosfamide 1500 mg/m2 given intravenously on days 1-3, epirubicin 60 mg/m2 on day 1, and an injection of 6 mg pegfilgrastim under the skin.", "ifosfamide", 6)]
    [InlineData("She was given six cycles of adjuvant chemotherapy consisting of ifosfamide 1500 mg/m2 given intravenously on days 1-3, epirubicin 60 mg/m2 on day 1, and an injection of 6 mg pegfilgrastim under the skin.", "epirubicin", 6)]
    [InlineData("She was given six cycles of adjuvant chemotherapy consisting of ifosfamide 1500 mg/m2 given intravenously on days 1-3, epirubicin 60 mg/m2 on day 1, and an injection of 6 mg pegfilgrastim under the skin.", "pegfilgrastim", 6)]
    [InlineData("He went on to receive four cycles of rituximab, bendamustine and high-dose intravenous methotrexate.", "methotrexate", 4)]
    [InlineData("The patient completed 3 courses of cisplatin at a dose of 75 mg/m2 on day 1 and oral capecitabine.", "capecitabine", 3)]
    [InlineData("Our patient had 5 cycles of gemcitabine 1000 mg/m2 on days 1 and 8, and carboplatin AUC 5 on day 1.", "carboplatin", 5)]
    public void ACountBeforeAListOfDrugsWithTheirOwnWordsCountsEachDrug(string text, string generic, int cycles) =>
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("She was given six cycles of adjuvant chemotherapy consisting of ifosfamide 1500 mg/m2 given intravenously on days 1-3, epirubicin 60 mg/m2 on day 1, and an injection of 6 mg pegfilgrastim under the skin.", "epirubicin", 60, "mg/m2")]
    [InlineData("She was given six cycles of adjuvant chemotherapy consisting of ifosfamide 1500 mg/m2 given intravenously on days 1-3, epirubicin 60 mg/m2 on day 1, and an injection of 6 mg pegfilgrastim under the skin.", "pegfilgrastim", 6, "mg")]
    public void EachDrugOfTheListKeepsItsOwnDose(string text, string generic, double value, string unit)
    {
        var dose = DrugFacts.Single(text, generic).Dose;
        Assert.NotNull(dose);
        Assert.Equal(value, dose.Value);
        Assert.Equal(unit, dose.Unit);
    }

    [Theory]
    [InlineData("After four cycles of docetaxel at a dose of 75 mg/m2, gemcitabine at a dose of 1000 mg/m2 and cisplatin were started.", "gemcitabine")]
    [InlineData("After four cycles of docetaxel at a dose of 75 mg/m2, gemcitabine at a dose of 1000 mg/m2 and cisplatin were started.", "cisplatin")]
    [InlineData("She had two cycles of carboplatin AUC 5 on day 1, then paclitaxel 80 mg/m2 weekly.", "paclitaxel")]
    public void ACountToldAsATimeOrAnUnclosedListLeavesTheLaterDrugs(string text, string generic) =>
        Assert.Null(DrugFacts.Single(text, generic).Cycles);
}
