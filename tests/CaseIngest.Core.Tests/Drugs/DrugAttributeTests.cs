using CaseIngest.Core.Model;

namespace CaseIngest.Core.Tests.Drugs;

public sealed class DrugAttributeTests
{
    [Theory]
    [InlineData("He received pembrolizumab 200 mg every 3 weeks.", "pembrolizumab", 200, "mg")]
    [InlineData("Carboplatin AUC 5 was given on day 1.", "carboplatin", 5, "AUC")]
    [InlineData("Carboplatin (AUC of 6) was added.", "carboplatin", 6, "AUC")]
    [InlineData("Gemcitabine 1,000 mg/m2 was given on days 1 and 8.", "gemcitabine", 1000, "mg/m2")]
    [InlineData("Gemcitabine 1000 mg/m² was given.", "gemcitabine", 1000, "mg/m2")]
    [InlineData("Methylprednisolone 1 mg/kg was started.", "methylprednisolone", 1, "mg/kg")]
    [InlineData("She takes levothyroxine 50 µg daily.", "levothyroxine", 50, "µg")]
    [InlineData("She takes levothyroxine 75 mcg daily.", "levothyroxine", 75, "µg")]
    [InlineData("Ipilimumab was given at a dose of 3 mg/kg.", "ipilimumab", 3, "mg/kg")]
    [InlineData("He received 200 mg of pembrolizumab.", "pembrolizumab", 200, "mg")]
    [InlineData("Heparin 5000 IU was given subcutaneously.", "heparin", 5000, "IU")]
    [InlineData("Dexamethasone 0.5 g was infused.", "dexamethasone", 0.5, "g")]
    public void DosesAreReadWithACanonicalUnit(string text, string generic, double value, string unit)
    {
        var dose = DrugFacts.Single(text, generic).Dose;
        Assert.NotNull(dose);
        Assert.Equal(value, dose.Value);
        Assert.Equal(unit, dose.Unit);
    }

    [Fact]
    public void EachDrugOfACombinationKeepsItsOwnDose()
    {
        var drugs = DrugFacts.Of("She received pemetrexed 500 mg/m2 and carboplatin AUC 5 every 3 weeks.");
        Assert.Equal(500, drugs.Single(d => d.Name == "pemetrexed").Dose!.Value);
        Assert.Equal("AUC", drugs.Single(d => d.Name == "carboplatin").Dose!.Unit);
        Assert.All(drugs, d => Assert.Equal(3, d.Frequency!.Every));
    }

    [Theory]
    [InlineData("He was given intravenous methylprednisolone.", "methylprednisolone", "intravenous")]
    [InlineData("Prednisone was given orally.", "prednisone", "oral")]
    [InlineData("Ceftriaxone 2 g IV was started.", "ceftriaxone", "intravenous")]
    [InlineData("Ceftriaxone 2 g i.v. was started.", "ceftriaxone", "intravenous")]
    [InlineData("Enoxaparin 40 mg was injected subcutaneously.", "enoxaparin", "subcutaneous")]
    [InlineData("Testosterone was given intramuscularly.", "testosterone", "intramuscular")]
    [InlineData("She received intravesical BCG instillations.", "bacillus calmette-guerin", "intravesical")]
    [InlineData("Intrathecal methotrexate was given.", "methotrexate", "intrathecal")]
    [InlineData("Topical clobetasol was applied.", "clobetasol", "topical")]
    [InlineData("Inhaled budesonide was continued.", "budesonide", "inhaled")]
    [InlineData("Cefazolin 1 g p.o. was given.", "cefazolin", "oral")]
    [InlineData("She began receiving intravenous infusions of camrelizumab.", "camrelizumab", "intravenous")]
    public void RoutesAreNormalised(string text, string generic, string route)
    {
        Assert.Equal(route, DrugFacts.Single(text, generic).Route);
    }

    [Fact]
    public void StageFourIsNotAnIntravenousRoute()
    {
        Assert.Null(DrugFacts.Single("A man with stage IV melanoma, pembrolizumab stage IV trial.", "pembrolizumab").Route);
    }

    [Theory]
    [InlineData("Pembrolizumab was given q3w.", 3, "week")]
    [InlineData("Pembrolizumab was given Q3W.", 3, "week")]
    [InlineData("Pembrolizumab was given every 3 weeks.", 3, "week")]
    [InlineData("Pembrolizumab was given every three weeks.", 3, "week")]
    [InlineData("Pembrolizumab was given q14 days.", 14, "day")]
    [InlineData("Pembrolizumab was given every 21 days.", 21, "day")]
    [InlineData("Pembrolizumab was given every other week.", 2, "week")]
    [InlineData("Pembrolizumab was given biweekly.", 2, "week")]
    [InlineData("Pembrolizumab was given weekly.", 1, "week")]
    [InlineData("Pembrolizumab was given once a month.", 1, "month")]
    [InlineData("Prednisone was taken daily.", 1, "day")]
    [InlineData("Prednisone was taken once daily.", 1, "day")]
    [InlineData("Prednisone was taken twice daily.", 0.5, "day")]
    [InlineData("Prednisone was taken BID.", 0.5, "day")]
    [InlineData("Prednisone was taken three times a day.", 0.33, "day")]
    [InlineData("Prednisone 10 mg/day was taken.", 1, "day")]
    [InlineData("Vancomycin was given q12h.", 12, "hour")]
    [InlineData("Meropenem 1 g q8h was started.", 8, "hour")]
    [InlineData("Cisplatin was given on day 1 with an interval of 21 days.", 21, "day")]
    [InlineData("Cisplatin was given on day 1, at intervals of three weeks.", 3, "week")]
    [InlineData("Cisplatin was given every 21 days as a cycle.", 21, "day")]
    [InlineData("Cisplatin 75 mg/m2 d1, for 21 days as a cycle, was given.", 21, "day")]
    [InlineData("Docetaxel was given in 21-day cycles.", 21, "day")]
    [InlineData("Docetaxel was given in three-week cycles.", 3, "week")]
    public void FrequenciesBecomeEveryAndUnit(string text, double every, string unit)
    {
        var frequency = DrugFacts.Of(text)[0].Frequency;
        Assert.NotNull(frequency);
        Assert.Equal(every, frequency.Every);
        Assert.Equal(unit, frequency.Unit);
    }

    [Theory]
    [InlineData("She received two cycles of pembrolizumab.", "pembrolizumab", 2)]
    [InlineData("After 4 cycles of docetaxel, the tumour shrank.", "docetaxel", 4)]
    [InlineData("Pembrolizumab was continued for 6 courses.", "pembrolizumab", 6)]
    [InlineData("He has received 109 cycles of nivolumab to date.", "nivolumab", 109)]
    [InlineData("Nivolumab, 109 cycles so far, was well tolerated.", "nivolumab", 109)]
    [InlineData("Carboplatin and pemetrexed were given for four cycles.", "carboplatin", 4)]
    [InlineData("Carboplatin and pemetrexed were given for four cycles.", "pemetrexed", 4)]
    [InlineData("Four cycles of carboplatin and pemetrexed were given.", "pemetrexed", 4)]
    [InlineData("He underwent three cycles of neo-adjuvant chemotherapy with cisplatin 80 mg/m2 and gemcitabine 1 gm/m2.", "cisplatin", 3)]
    [InlineData("He underwent three cycles of neo-adjuvant chemotherapy with cisplatin 80 mg/m2 and gemcitabine 1 gm/m2.", "gemcitabine", 3)]
    [InlineData("After two cycles of concurrent carboplatin AUC 5 plus etoposide, the tumour shrank.", "etoposide", 2)]
    [InlineData("She received taxol + carboplatin (TC) + sintilimab for one cycle.", "paclitaxel", 1)]
    [InlineData("She received taxol + carboplatin (TC) + sintilimab for one cycle.", "carboplatin", 1)]
    public void CyclesAreCounted(string text, string generic, int cycles)
    {
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);
    }

    [Fact]
    public void CyclesOfAnEarlierTreatmentDoNotPassToALaterDrug()
    {
        Assert.Null(DrugFacts.Single("After four cycles of chemotherapy, she received pembrolizumab.", "pembrolizumab").Cycles);
    }

    [Fact]
    public void AFrequencyOfALaterStatementDoesNotPassToEarlierDrugs()
    {
        var drugs = DrugFacts.Of("She received one cycle of carboplatin and gemcitabine followed by pancytopenia, and treatment was switched to nivolumab 3 mg/kg q14 days.");
        Assert.Null(drugs.Single(d => d.Name == "carboplatin").Frequency);
        Assert.Null(drugs.Single(d => d.Name == "gemcitabine").Frequency);
        Assert.Equal(new Frequency(14, "day"), drugs.Single(d => d.Name == "nivolumab").Frequency);
    }

    [Fact]
    public void AFrequencyAfterADosedListReachesEveryDrugOfTheList()
    {
        var drugs = DrugFacts.Of("The regimen was paclitaxel (175 mg/m2) on day 1, cisplatin (60 mg/m2) on day 1, and cadonilimab (10 mg/kg) on day 2, with an interval of 21 days.");
        Assert.All(drugs, d => Assert.Equal(new Frequency(21, "day"), d.Frequency));
        Assert.Equal(3, drugs.Count);
    }

    [Theory]
    [InlineData("After the first cycle of nivolumab, a subcutaneous lesion grew.", "nivolumab")]
    [InlineData("Pembrolizumab was given; subcutaneous nodules appeared later.", "pembrolizumab")]
    public void ASubcutaneousFindingIsNotARoute(string text, string generic)
    {
        Assert.Null(DrugFacts.Single(text, generic).Route);
    }

    [Theory]
    [InlineData("After prednisolone therapy, serum IgG4 decreased to 370 mg/dL.", "prednisolone")]
    [InlineData("Levothyroxine was adjusted for hypothyroidism (TSH 75 ug/mL).", "levothyroxine")]
    public void AConcentrationIsNotADose(string text, string generic)
    {
        Assert.Null(DrugFacts.Single(text, generic).Dose);
    }

    [Fact]
    public void ATaperStepIsNotTheDose()
    {
        Assert.Equal(new Dose(50, "mg"), DrugFacts.Single("A 5-week taper of 50 mg prednisone (10 mg reduction per week) was initiated.", "prednisone").Dose);
    }
}
