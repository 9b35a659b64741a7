using CaseIngest.Core.Model;

namespace CaseIngest.Core.Tests.Drugs;

/// <summary>A dose taken daily or more often on a range of a cycle's days keeps that schedule; the cycle length is not its frequency.</summary>
public sealed class DrugCycleDayScheduleTests
{
    [Theory]
    [InlineData("Temozolomide 150 mg/m2/day for 5 days every 28 days was started.", "temozolomide", 1, "day")]
    [InlineData("Capecitabine 1000 mg/m2 twice daily on days 1-14 every 3 weeks was given.", "capecitabine", 0.5, "day")]
    [InlineData("Lenalidomide 25 mg daily on days 1 to 21 of 28-day cycles was started.", "lenalidomide", 1, "day")]
    [InlineData("Etoposide 50 mg/day orally on days 1-21 of a 28-day cycle was given.", "etoposide", 1, "day")]
    [InlineData("Docetaxel 75 mg/m2 on day 1 every 21 days was given.", "docetaxel", 21, "day")]
    public void ADailyDoseOnDaysOfACycleIsDaily(string text, string generic, double every, string unit)
    {
        Assert.Equal(new Frequency(every, unit), DrugFacts.Single(text, generic).Frequency);
    }

    [Theory]
    [InlineData("Vincristine 1.4 mg/m2 was given on day 1 every 3 weeks for six cycles.", "vincristine", 3, "week")]
    [InlineData("Cisplatin 20 mg/m2 was given on days 1 to 5 and repeated every 21 days.", "cisplatin", 21, "day")]
    public void ADoseWithoutADailyScheduleKeepsTheCycleLength(string text, string generic, double every, string unit)
    {
        Assert.Equal(new Frequency(every, unit), DrugFacts.Single(text, generic).Frequency);
    }
}
