using CaseIngest.Core.Model;

namespace CaseIngest.Core.Tests.Drugs;

/// <summary>A dose on days 1, 8 and 15 of a cycle of stated length is given weekly; the cycle length is not its frequency.</summary>
public sealed class DrugWeeklyCycleDaysTests
{
    [Theory]
    [InlineData("Gemcitabine 1000 mg/m2 was given on days 1, 8 and 15 of a 28-day cycle.", "gemcitabine")]
    [InlineData("She received paclitaxel 80 mg/m2 on days 1, 8, and 15 every 28 days.", "paclitaxel")]
    [InlineData("Nab-paclitaxel 125 mg/m2 was administered on days 1, 8 and 15 of each 4-week cycle.", "paclitaxel")]
    [InlineData("Gemcitabine 1000 mg/m2 d1,8,15 q28d was started.", "gemcitabine")]
    public void ADoseOnDaysOneEightAndFifteenOfACycleIsWeekly(string text, string generic) =>
        Assert.Equal(new Frequency(1, "week"), DrugFacts.Single(text, generic).Frequency);

    [Fact]
    public void DaysOfASingleCourseWithoutACycleLengthStateNoFrequency() =>
        Assert.Null(DrugFacts.Single("Irinotecan 100 mg was given on days 1, 8 and 15 with the first course.", "irinotecan").Frequency);

    [Fact]
    public void ADoseOnDayOneOfACycleKeepsTheCycleLength() =>
        Assert.Equal(new Frequency(21, "day"), DrugFacts.Single("Docetaxel 75 mg/m2 on day 1 every 21 days was given.", "docetaxel").Frequency);
}
