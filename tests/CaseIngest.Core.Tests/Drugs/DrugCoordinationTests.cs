using CaseIngest.Core.Model;

namespace CaseIngest.Core.Tests.Drugs;

/// <summary>One head shared by a list of drugs: cycles, schedules and routes stated once for the whole list.</summary>
public sealed class DrugCoordinationTests
{
    [Theory]
    [InlineData("The patient completed three cycles of carboplatin and etoposide without delay.", "carboplatin", 3)]
    [InlineData("The patient completed three cycles of carboplatin and etoposide without delay.", "etoposide", 3)]
    [InlineData("She was given docetaxel, carboplatin and trastuzumab for six cycles.", "docetaxel", 6)]
    [InlineData("She was given docetaxel, carboplatin and trastuzumab for six cycles.", "trastuzumab", 6)]
    [InlineData("He then received XELOX for 8 cycles.", "capecitabine", 8)]
    [InlineData("He then received XELOX for 8 cycles.", "oxaliplatin", 8)]
    [InlineData("After resection he completed eight cycles of adjuvant FOLFOX.", "oxaliplatin", 8)]
    [InlineData("After resection he completed eight cycles of adjuvant FOLFOX.", "leucovorin", 8)]
    public void CyclesStatedOnceReachEveryDrugOfTheList(string text, string generic, int cycles)
    {
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);
    }

    [Fact]
    public void EachDrugKeepsItsDoseWhileScheduleAndCyclesAreShared()
    {
        var drugs = DrugFacts.Of("She was treated with cisplatin 75 mg/m2 and paclitaxel 135 mg/m2 every 21 days for 4 cycles.");
        var cisplatin = drugs.Single(d => d.Name == "cisplatin");
        var paclitaxel = drugs.Single(d => d.Name == "paclitaxel");
        Assert.Equal(new Dose(75, "mg/m2"), cisplatin.Dose);
        Assert.Equal(new Dose(135, "mg/m2"), paclitaxel.Dose);
        Assert.All(drugs, d => Assert.Equal(new Frequency(21, "day"), d.Frequency));
        Assert.All(drugs, d => Assert.Equal(4, d.Cycles));
    }

    [Fact]
    public void AParenthesisedDoseAndDaysStayWithTheirDrug()
    {
        var drugs = DrugFacts.Of("Second-line gemcitabine (1000 mg/m2, days 1 and 8) plus cisplatin was started every 21 days.");
        Assert.Equal(new Dose(1000, "mg/m2"), drugs.Single(d => d.Name == "gemcitabine").Dose);
        Assert.Null(drugs.Single(d => d.Name == "cisplatin").Dose);
        Assert.All(drugs, d => Assert.Equal(new Frequency(21, "day"), d.Frequency));
    }

    [Fact]
    public void ASemicolonSeparatedDosedListSharesItsTrailingSchedule()
    {
        var drugs = DrugFacts.Of("He was started on docetaxel, 60 mg/m2; cisplatin, 60 mg/m2; and fluorouracil, 600 mg/m2, every 3 weeks.");
        Assert.Equal(new Dose(60, "mg/m2"), drugs.Single(d => d.Name == "docetaxel").Dose);
        Assert.Equal(new Dose(600, "mg/m2"), drugs.Single(d => d.Name == "fluorouracil").Dose);
        Assert.All(drugs, d => Assert.Equal(new Frequency(3, "week"), d.Frequency));
    }

    [Fact]
    public void AScheduleAfterTheNextSentenceDoesNotReachTheList()
    {
        var drugs = DrugFacts.Of("He was started on docetaxel and cisplatin. Imaging was repeated every 3 months.");
        Assert.All(drugs, d => Assert.Null(d.Frequency));
    }

    [Theory]
    [InlineData("She received four cycles of cisplatin (75 mg/m2 on day 1, every 3 weeks) and pemetrexed (500 mg/m2 on day 1, every 3 weeks).", "pemetrexed", 4)]
    [InlineData("Two courses of gemcitabine (1000 mg/m2 on days 1 and 8) and docetaxel (75 mg/m2 on day 8) were given before surgery.", "docetaxel", 2)]
    [InlineData("He completed six cycles of paclitaxel (175 mg/m2), carboplatin (AUC 6) and bevacizumab (15 mg/kg).", "bevacizumab", 6)]
    public void ACountThatOpensAListReachesDrugsThatEachCarryTheirOwnParenthesis(string text, string generic, int cycles)
    {
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);
    }

    [Fact]
    public void DrugsOfAParenthesisedListKeepTheirOwnDoses()
    {
        var drugs = DrugFacts.Of("She received four cycles of cisplatin (75 mg/m2 on day 1) and pemetrexed (500 mg/m2 on day 1).");
        Assert.Equal(new Dose(75, "mg/m2"), drugs.Single(d => d.Name == "cisplatin").Dose);
        Assert.Equal(new Dose(500, "mg/m2"), drugs.Single(d => d.Name == "pemetrexed").Dose);
    }

    [Theory]
    [InlineData("He received two courses of combination chemotherapy (ifosfamide, 3 g/m2; etoposide, 100 mg/m2; and carboplatin, AUC 5).", "ifosfamide", 2)]
    [InlineData("He received two courses of combination chemotherapy (ifosfamide, 3 g/m2; etoposide, 100 mg/m2; and carboplatin, AUC 5).", "carboplatin", 2)]
    [InlineData("She then began a course of VIDE chemotherapy (vincristine, 1.5 mg/m2; ifosfamide, 3 g/m2; doxorubicin, 20 mg/m2).", "vincristine", 1)]
    [InlineData("She then began a course of VIDE chemotherapy (vincristine, 1.5 mg/m2; ifosfamide, 3 g/m2; doxorubicin, 20 mg/m2).", "doxorubicin", 1)]
    public void ACountOfChemotherapyWhoseDrugsAreListedInBracketsReachesEachOfThem(string text, string generic, int cycles)
    {
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);
    }

    [Fact]
    public void ACountDoesNotReachADrugOfTheNextSentence()
    {
        var drugs = DrugFacts.Of("She received four cycles of cisplatin (75 mg/m2). Pemetrexed (500 mg/m2) was added later.");
        Assert.Null(drugs.Single(d => d.Name == "pemetrexed").Cycles);
    }
}
