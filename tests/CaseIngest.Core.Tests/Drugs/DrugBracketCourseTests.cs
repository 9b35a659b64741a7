using CaseIngest.Core.Model;

namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A course spelled out in a bracket after its regimen: a count that closes the bracket counts every drug of the course,
/// and each drug inside keeps its own schedule rather than one of another drug of the bracket.
/// </summary>
public sealed class DrugBracketCourseTests
{
    [Theory]
    [InlineData("Adjuvant CAPOX (oxaliplatin 130 mg/m2 every 3 weeks and capecitabine 1000 mg/m2 twice daily on days 1-14; 8 cycles) was completed.", "oxaliplatin", 8)]
    [InlineData("Adjuvant CAPOX (oxaliplatin 130 mg/m2 every 3 weeks and capecitabine 1000 mg/m2 twice daily on days 1-14; 8 cycles) was completed.", "capecitabine", 8)]
    [InlineData("She received R-CVP (rituximab 375 mg/m2, cyclophosphamide 750 mg/m2, vincristine 1.4 mg/m2 and prednisone 40 mg/m2, six cycles) for follicular lymphoma.", "vincristine", 6)]
    [InlineData("He was given FOLFIRI with bevacizumab 5 mg/kg every 2 weeks (12 cycles) before the resection.", "bevacizumab", 12)]
    public void ACountThatClosesTheBracketCountsEveryDrugOfTheCourse(string text, string generic, int cycles) =>
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("Gemcitabine (1000 mg/m2; days 1 and 8) was given.", "gemcitabine")]
    [InlineData("Cisplatin (75 mg/m2, 21-day cycles) was started.", "cisplatin")]
    public void ABracketWithoutACountGivesNone(string text, string generic) =>
        Assert.Null(DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("He received VRd (bortezomib 1.3 mg/m2 weekly, lenalidomide 25 mg daily and dexamethasone 40 mg weekly) in 28-day cycles.", "lenalidomide", 1, "day")]
    [InlineData("He received VRd (bortezomib 1.3 mg/m2 weekly, lenalidomide 25 mg daily and dexamethasone 40 mg weekly) in 28-day cycles.", "bortezomib", 1, "week")]
    [InlineData("She was started on R-CHOP (rituximab 375 mg/m2, cyclophosphamide 750 mg/m2, doxorubicin 50 mg/m2 and vincristine 1.4 mg/m2) every 21 days.", "doxorubicin", 21, "day")]
    public void EachDrugOfTheBracketKeepsItsOwnSchedule(string text, string generic, double every, string unit)
    {
        var frequency = DrugFacts.Single(text, generic).Frequency;
        Assert.NotNull(frequency);
        Assert.Equal(new Frequency(every, unit), frequency);
    }
}
