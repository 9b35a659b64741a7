using CaseIngest.Core.Model;

namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// Counts of cycles behind less usual lead-ins: cycles called consecutive or successive, a count in the next sentence
/// led by "after completion of", "at the end of" or "after finishing", a planned course the patient completed, a short
/// regimen acronym counted in rounds, and a platinum doublet named before the drugs in brackets.
/// </summary>
public sealed class DrugCycleCountLeadInTests
{
    [Theory]
    [InlineData("Irinotecan and cetuximab were given for five consecutive cycles.", "irinotecan", 5)]
    [InlineData("She received ifosfamide for 3 successive courses.", "ifosfamide", 3)]
    [InlineData("Docetaxel was continued for four consecutive cycles until the rash appeared.", "docetaxel", 4)]
    [InlineData("He was given eight consecutive cycles of azacitidine.", "azacitidine", 8)]
    public void ConsecutiveOrSuccessiveCyclesAfterTheDrugAreCounted(string text, string generic, int cycles) =>
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("Cisplatin and vinorelbine were given every three weeks. After completion of four cycles, the mass had shrunk.", "vinorelbine", 4)]
    [InlineData("Oxaliplatin and capecitabine were started. On completion of six courses, PET showed no uptake.", "capecitabine", 6)]
    [InlineData("He was treated with bendamustine and rituximab. At the end of six cycles, the nodes had regressed.", "bendamustine", 6)]
    [InlineData("Etoposide and carboplatin were given monthly. After finishing 3 cycles, she returned home.", "etoposide", 3)]
    [InlineData("Paclitaxel and trastuzumab were started. She completed the planned twelve cycles.", "paclitaxel", 12)]
    [InlineData("Pemetrexed and cisplatin were given. Four courses were tolerated well.", "pemetrexed", 4)]
    [InlineData("Topotecan was started in May. After three consecutive cycles, the CA-125 fell.", "topotecan", 3)]
    public void ACountLedByCompletionOrTheEndOfCyclesInTheNextSentenceGoesToTheDrugsJustNamed(string text, string generic, int cycles) =>
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("She completed the planned six cycles of carboplatin and gemcitabine.", "gemcitabine", 6)]
    [InlineData("He received the planned four courses of docetaxel.", "docetaxel", 4)]
    public void APlannedCourseThePatientCompletedIsGivenWithItsCount(string text, string generic, int cycles)
    {
        var fact = DrugFacts.Single(text, generic);
        Assert.Equal(TreatmentStatus.Given, fact.Status);
        Assert.Equal(cycles, fact.Cycles);
    }

    [Theory]
    [InlineData("She completed four rounds of BEP.", "bleomycin", 4)]
    [InlineData("After three rounds of GP, the nodes had shrunk.", "gemcitabine", 3)]
    [InlineData("He received four cycles of platinum doublet chemotherapy (cisplatin and gemcitabine).", "gemcitabine", 4)]
    public void RoundsOfAShortRegimenAndAPlatinumDoubletNamedFirstAreCounted(string text, string generic, int cycles) =>
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("Cisplatin and vinorelbine were given. After completion of radiotherapy in 30 fractions, she was well.", "cisplatin")]
    [InlineData("She was given heparin for five consecutive days.", "heparin")]
    [InlineData("Ciprofloxacin was given. At the end of six weeks, the wound had healed.", "ciprofloxacin")]
    [InlineData("Temozolomide was given. After completion of the planned 30 fractions of radiotherapy, she was discharged.", "temozolomide")]
    public void DaysWeeksAndFractionsAfterTheseLeadInsAreNoCycles(string text, string generic) =>
        Assert.Null(DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("The planned six cycles of carboplatin were not given because of sepsis.", "carboplatin")]
    [InlineData("Up to six consecutive cycles of docetaxel are usually recommended.", "docetaxel")]
    public void APlannedCourseNotGivenAndAGeneralRecommendationGiveNoCountedCourse(string text, string generic) =>
        Assert.DoesNotContain(DrugFacts.Of(text), d => d.Name == generic && d.Status == TreatmentStatus.Given && d.Cycles is not null);
}
