namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// Counts written as a compound before the drugs ("a 6-cycle course of", "a four-course regimen of", "12 weeks of weekly"),
/// administrations counted "in a total of", a cycle reached by its ordinal in a later sentence, which is a time and no
/// count, and guards for the ways case reports state their counts that the engine reads.
/// </summary>
public sealed class DrugCompoundCountTests
{
    [Theory]
    [InlineData("She then had a 6-cycle course of carboplatin and paclitaxel.", "carboplatin", 6)]
    [InlineData("A four-course regimen of gemcitabine and docetaxel was given.", "docetaxel", 4)]
    [InlineData("He completed an 8-cycle schedule of FOLFIRI in May.", "irinotecan", 8)]
    [InlineData("She received 12 weeks of weekly paclitaxel before surgery.", "paclitaxel", 12)]
    [InlineData("Bevacizumab was given in a total of nine administrations.", "bevacizumab", 9)]
    [InlineData("Trastuzumab was given over a total of 17 infusions.", "trastuzumab", 17)]
    public void ACountWrittenAsACompoundOrATotalOfAdministrationsIsTheCount(string text, string generic, int cycles) =>
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("She was given 14 weeks of paclitaxel before surgery.", "paclitaxel")]
    [InlineData("He had a 3-day course of dexamethasone.", "dexamethasone")]
    [InlineData("A 6-week course of ciprofloxacin was prescribed and taken.", "ciprofloxacin")]
    public void WeeksOfADrugNotGivenWeeklyOrACourseMeasuredInTimeIsNoCount(string text, string generic) =>
        Assert.Null(DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("Epirubicin with cyclophosphamide was begun in March. Her MRI after the fourth cycle showed smaller nodes.", "cyclophosphamide")]
    [InlineData("Pemetrexed and cisplatin were started in June. Following the third course, the pleural effusion had resolved.", "pemetrexed")]
    [InlineData("He started nivolumab at 240 mg. His appetite returned following the second course of therapy.", "nivolumab")]
    public void ACycleReachedByItsOrdinalInALaterSentenceIsATimeNotACount(string text, string generic) =>
        Assert.Null(DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("Etoposide 120 mg/m2 on days 1-3 with cisplatin 75 mg/m2 on day 1 was repeated every 21 days for a total of four cycles.", "etoposide", 4)]
    [InlineData("He received 4 cycles of carboplatin (AUC 5, day 1) with etoposide (100 mg/m2, days 1-3).", "etoposide", 4)]
    [InlineData("Gemcitabine alone, 1000 mg/m2 for 6 cycles, shrank the liver lesions.", "gemcitabine", 6)]
    [InlineData("Treatment with nivolumab was stopped after 5 doses owing to pneumonitis.", "nivolumab", 5)]
    [InlineData("She was treated with the XELOX regimen (capecitabine and oxaliplatin) for 8 cycles.", "oxaliplatin", 8)]
    [InlineData("Oral S-1 (80 mg/day, 4 weeks on and 2 weeks off) was continued for five courses.", "tegafur", 5)]
    [InlineData("He underwent 3 courses of neoadjuvant chemotherapy with docetaxel, cisplatin and fluorouracil.", "fluorouracil", 3)]
    [InlineData("First-line carboplatin plus paclitaxel (six cycles) gave a partial response.", "paclitaxel", 6)]
    [InlineData("She was treated with carboplatin/paclitaxel ×4 followed by surgery.", "carboplatin", 4)]
    [InlineData("Pembrolizumab 200 mg was given every 3 weeks, 12 cycles in total.", "pembrolizumab", 12)]
    [InlineData("The patient was treated with nab-paclitaxel and gemcitabine; after three cycles, MRI showed shrinkage of the mass.", "gemcitabine", 3)]
    [InlineData("Combination therapy with carboplatin, etoposide and atezolizumab was initiated. After two cycles, the tumour had shrunk.", "atezolizumab", 2)]
    public void CountsAsReportsStateThemAreRead(string text, string generic, int cycles) =>
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);
}
