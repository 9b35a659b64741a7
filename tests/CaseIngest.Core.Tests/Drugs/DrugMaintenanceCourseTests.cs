using CaseIngest.Core.Model;

namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A maintenance course of a drug that was also part of the induction regimen keeps its own schedule: the induction
/// course and the maintenance course are two entries when their frequencies differ.
/// </summary>
public sealed class DrugMaintenanceCourseTests
{
    [Theory]
    [InlineData("She received six cycles of R-CHOP every 3 weeks, followed by rituximab maintenance every 2 months.", "rituximab", 2, "month")]
    [InlineData("Four cycles of carboplatin and pemetrexed every 3 weeks were followed by maintenance with pemetrexed every 4 weeks.", "pemetrexed", 4, "week")]
    [InlineData("He received CAPOX every 3 weeks; capecitabine maintenance was then given twice daily.", "capecitabine", 0.5, "day")]
    public void AMaintenanceCourseKeepsItsOwnFrequency(string text, string generic, double every, string unit)
    {
        var courses = DrugFacts.Of(text).Where(d => d.Name == generic).ToList();
        Assert.Equal(2, courses.Count);
        Assert.Contains(courses, d => d.Frequency == new Frequency(every, unit));
    }

    [Fact]
    public void AMaintenanceMentionAtTheSameFrequencyFoldsIntoTheEarlierCourse()
    {
        var drugs = DrugFacts.Of("Pemetrexed was given every 3 weeks with cisplatin, and pemetrexed maintenance every 3 weeks followed.");
        Assert.Single(drugs, d => d.Name == "pemetrexed");
    }
}
