using CaseIngest.Core.Model;

namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// Combinations joined by "plus", "with", "in combination with" or "combined with", and dosed lists in brackets after a
/// regimen name: a schedule or count stated once after the combination reaches every drug of it.
/// </summary>
public sealed class DrugCombinationScheduleTests
{
    [Theory]
    [InlineData("She received paclitaxel 175 mg/m2 plus carboplatin AUC 5 every 3 weeks for 4 cycles.", "paclitaxel")]
    [InlineData("She received paclitaxel 175 mg/m2 plus carboplatin AUC 5 every 3 weeks for 4 cycles.", "carboplatin")]
    [InlineData("Docetaxel 75 mg/m2 with cyclophosphamide 600 mg/m2 was given every 21 days for four cycles.", "docetaxel")]
    [InlineData("Docetaxel 75 mg/m2 with cyclophosphamide 600 mg/m2 was given every 21 days for four cycles.", "cyclophosphamide")]
    [InlineData("He was started on pemetrexed 500 mg/m2 in combination with cisplatin 75 mg/m2 every 3 weeks for four cycles.", "pemetrexed")]
    [InlineData("He was started on pemetrexed 500 mg/m2 in combination with cisplatin 75 mg/m2 every 3 weeks for four cycles.", "cisplatin")]
    [InlineData("Etoposide (100 mg/m2) combined with carboplatin (AUC 5) was administered every 21 days for 4 cycles.", "etoposide")]
    [InlineData("Etoposide (100 mg/m2) combined with carboplatin (AUC 5) was administered every 21 days for 4 cycles.", "carboplatin")]
    [InlineData("Bevacizumab 15 mg/kg in combination with carboplatin AUC 6 and paclitaxel 200 mg/m2 was given every 3 weeks for 4 cycles.", "bevacizumab")]
    [InlineData("Bevacizumab 15 mg/kg in combination with carboplatin AUC 6 and paclitaxel 200 mg/m2 was given every 3 weeks for 4 cycles.", "paclitaxel")]
    public void AScheduleAndCountAfterACombinationReachEveryDrug(string text, string generic)
    {
        var drug = DrugFacts.Single(text, generic);
        Assert.Equal(4, drug.Cycles);
        Assert.Equal(21, drug.Frequency is { Unit: "day" } f ? f.Every : drug.Frequency is { Unit: "week" } w ? w.Every * 7 : 0);
    }

    [Fact]
    public void EachDrugOfAPlusCombinationKeepsItsOwnDose()
    {
        var drugs = DrugFacts.Of("She received paclitaxel 175 mg/m2 plus carboplatin AUC 5 every 3 weeks for 4 cycles.");
        Assert.Equal(new Dose(175, "mg/m2"), drugs.Single(d => d.Name == "paclitaxel").Dose);
        Assert.Equal(new Dose(5, "AUC"), drugs.Single(d => d.Name == "carboplatin").Dose);
    }

    [Fact]
    public void ADrugWithItsOwnScheduleInACombinationKeepsIt()
    {
        var drugs = DrugFacts.Of("Oxaliplatin 130 mg/m2 every 3 weeks plus capecitabine 1000 mg/m2 twice daily was given for 6 cycles.");
        Assert.Equal(new Frequency(3, "week"), drugs.Single(d => d.Name == "oxaliplatin").Frequency);
        Assert.Equal(new Frequency(0.5, "day"), drugs.Single(d => d.Name == "capecitabine").Frequency);
    }

    [Theory]
    [InlineData("She began FOLFOX (oxaliplatin 85 mg/m2; leucovorin 400 mg/m2; 5-FU 2400 mg/m2 over 46 h) every 2 weeks.", "oxaliplatin", 85)]
    [InlineData("She began FOLFOX (oxaliplatin 85 mg/m2; leucovorin 400 mg/m2; 5-FU 2400 mg/m2 over 46 h) every 2 weeks.", "leucovorin", 400)]
    [InlineData("She began FOLFOX (oxaliplatin 85 mg/m2; leucovorin 400 mg/m2; 5-FU 2400 mg/m2 over 46 h) every 2 weeks.", "fluorouracil", 2400)]
    [InlineData("He received modified FOLFIRINOX (oxaliplatin 85 mg/m2, irinotecan 150 mg/m2, leucovorin 400 mg/m2, fluorouracil 2400 mg/m2) every 14 days.", "irinotecan", 150)]
    [InlineData("He received modified FOLFIRINOX (oxaliplatin 85 mg/m2, irinotecan 150 mg/m2, leucovorin 400 mg/m2, fluorouracil 2400 mg/m2) every 14 days.", "fluorouracil", 2400)]
    public void ADosedListInBracketsAfterARegimenNameGivesEachDrugItsDoseAndTheSharedSchedule(string text, string generic, double dose)
    {
        var drug = DrugFacts.Single(text, generic);
        Assert.Equal(new Dose(dose, "mg/m2"), drug.Dose);
        Assert.Equal(14, drug.Frequency is { Unit: "day" } f ? f.Every : drug.Frequency is { Unit: "week" } w ? w.Every * 7 : 0);
    }

    [Theory]
    [InlineData("Cisplatin and docetaxel were administered every 3 weeks at doses of 75 mg/m2 and 60 mg/m2, respectively.", "docetaxel", 60)]
    [InlineData("Cisplatin and docetaxel were administered every 3 weeks at doses of 75 mg/m2 and 60 mg/m2, respectively.", "cisplatin", 75)]
    [InlineData("She was given gemcitabine and cisplatin; the doses were 1000 mg/m2 and 25 mg/m2, respectively.", "gemcitabine", 1000)]
    [InlineData("She was given gemcitabine and cisplatin; the doses were 1000 mg/m2 and 25 mg/m2, respectively.", "cisplatin", 25)]
    public void RespectiveDosesInALaterClauseFollowTheOrderOfTheDrugs(string text, string generic, double dose)
    {
        Assert.Equal(new Dose(dose, "mg/m2"), DrugFacts.Single(text, generic).Dose);
    }

    [Theory]
    [InlineData("She was given gemcitabine and cisplatin; creatinine and urea were 1.2 mg/dL and 40 mg/dL, respectively.")]
    [InlineData("Gemcitabine and cisplatin were given every 3 weeks; the two nodules measured 12 mm and 20 mm, respectively.")]
    public void ALaterClauseAboutOtherFiguresGivesTheDrugsNoDoses(string text)
    {
        Assert.All(DrugFacts.Of(text), d => Assert.Null(d.Dose));
    }

    [Theory]
    [InlineData("Valproic acid 500 mg twice daily was started for the seizures.", "valproic acid")]
    [InlineData("She was switched to sodium valproate 500 mg twice daily.", "valproic acid")]
    [InlineData("Penicillin G 4 million units every 4 hours was given intravenously.", "benzylpenicillin")]
    [InlineData("She was discharged on oral penicillin V 500 mg four times daily.", "phenoxymethylpenicillin")]
    [InlineData("He had been given penicillin for a sore throat, then amoxicillin.", "penicillin")]
    public void ASaltOrATwoWordNameIsOneDrugUnderItsDrugBankName(string text, string generic)
    {
        Assert.Contains(DrugFacts.Of(text), d => d.Name == generic);
        Assert.DoesNotContain(DrugFacts.Of(text), d => d.Name != generic && d.Name != "amoxicillin");
    }

    [Fact]
    public void MillionsOfUnitsOfPenicillinGAreItsDose()
    {
        var drug = DrugFacts.Single("Treatment was changed to penicillin G, 18 million units intravenously per day.", "benzylpenicillin");
        Assert.Equal(new Dose(18000000, "U"), drug.Dose);
        Assert.Equal("intravenous", drug.Route);
        Assert.Equal(new Frequency(1, "day"), drug.Frequency);
    }

    [Theory]
    [InlineData("The hydrocortisone dosage was gradually increased from 20 mg/day.", "hydrocortisone", 20)]
    [InlineData("Her tacrolimus dose was slowly raised from 2 mg per day to reach the target trough.", "tacrolimus", 2)]
    public void TheDoseADrugsDosageStartedFromIsItsDose(string text, string generic, double dose)
    {
        var drug = DrugFacts.Single(text, generic);
        Assert.Equal(new Dose(dose, "mg"), drug.Dose);
        Assert.Equal(new Frequency(1, "day"), drug.Frequency);
    }

    [Theory]
    [InlineData("She was given succimer two tablets daily, one in the morning and one in the evening.")]
    [InlineData("She took levetiracetam, one tablet in the morning and one in the evening.")]
    public void OneInTheMorningAndOneInTheEveningIsTwiceADay(string text)
    {
        Assert.Equal(new Frequency(0.5, "day"), DrugFacts.Of(text).Single().Frequency);
    }
}
