namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// Cycles told by the last one reached ("completed cycle 6 of FOLFOX", "after cycle 4 of"), the part of a planned course
/// that was given ("4 of the 6 planned cycles"), and a fortnightly schedule of counted infusions.
/// </summary>
public sealed class DrugReachedCycleTests
{
    [Theory]
    [InlineData("She completed cycle 6 of FOLFOX in March.", "oxaliplatin", 6)]
    [InlineData("After cycle 4 of FOLFIRI, the CEA level fell.", "irinotecan", 4)]
    [InlineData("Following course 3 of carboplatin, he developed thrombocytopenia.", "carboplatin", 3)]
    [InlineData("She completed cycle 6 of 6 of carboplatin and paclitaxel in May.", "paclitaxel", 6)]
    [InlineData("She completed cycle 6 of 6 of carboplatin and paclitaxel in May.", "carboplatin", 6)]
    [InlineData("After cycle 4/6 of FOLFIRI, the CEA level fell.", "irinotecan", 4)]
    [InlineData("Following cycle 2 of 4 of cisplatin, he developed tinnitus.", "cisplatin", 2)]
    public void TheLastCycleReachedIsTheCount(string text, string generic, int cycles) =>
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("He completed 6 of the 8 planned cycles of docetaxel.", "docetaxel", 6)]
    [InlineData("She received four of six planned courses of cisplatin before the hearing loss.", "cisplatin", 4)]
    public void ThePartOfAPlannedCourseGivenIsTheCountOfAGivenDrug(string text, string generic, int cycles)
    {
        var drug = DrugFacts.Single(text, generic);
        Assert.Equal((cycles, "given"), (drug.Cycles, drug.Status));
    }

    [Fact]
    public void TheFirstDayOfACycleCountsNothing() =>
        Assert.Null(DrugFacts.Single("On day 1 of cycle 2 of gemcitabine, she had a fever.", "gemcitabine").Cycles);

    [Theory]
    [InlineData("She received fortnightly infusions of bevacizumab.", "bevacizumab")]
    [InlineData("He was given biweekly doses of cetuximab.", "cetuximab")]
    public void FortnightlyInfusionsOfADrugAreEveryTwoWeeks(string text, string generic)
    {
        var frequency = DrugFacts.Single(text, generic).Frequency;
        Assert.Equal((2.0, "week"), (frequency!.Every, frequency.Unit));
    }
}
