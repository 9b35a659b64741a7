using CaseIngest.Core.Model;

namespace CaseIngest.Core.Tests.Drugs;

/// <summary>Schedules written as prescribers write them: hourly intervals, dotted Latin abbreviations, alternate days, times of day.</summary>
public sealed class DrugScheduleAbbreviationTests
{
    [Theory]
    [InlineData("Co-amoxiclav 625 mg 8-hourly was prescribed.", "amoxicillin", 8, "hour")]
    [InlineData("Gentamicin was given 12 hourly for two days.", "gentamicin", 12, "hour")]
    [InlineData("Denosumab was given three-monthly.", "denosumab", 3, "month")]
    [InlineData("Oxaliplatin was given on a 14-day schedule.", "oxaliplatin", 14, "day")]
    public void IntervalsWrittenAsHourlyMonthlyOrAScheduleAreRead(string text, string generic, double every, string unit)
    {
        Assert.Equal(new Frequency(every, unit), DrugFacts.Single(text, generic).Frequency);
    }

    [Theory]
    [InlineData("Paracetamol 1 g q.d.s. was prescribed.", "paracetamol", 0.25, "day")]
    [InlineData("Amoxicillin 500 mg t.d.s. was prescribed.", "amoxicillin", 0.33, "day")]
    [InlineData("Prednisolone 20 mg b.d. was prescribed.", "prednisolone", 0.5, "day")]
    [InlineData("Cefazolin 1 g QOD was given.", "cefazolin", 2, "day")]
    public void DottedAndAlternateDayAbbreviationsAreRead(string text, string generic, double every, string unit)
    {
        Assert.Equal(new Frequency(every, unit), DrugFacts.Single(text, generic).Frequency);
    }

    [Theory]
    [InlineData("Hydroxychloroquine 200 mg on alternate days was continued.", "hydroxychloroquine", 2, "day")]
    [InlineData("Warfarin was taken every night.", "warfarin", 1, "day")]
    [InlineData("Folic acid was given each day.", "folic acid", 1, "day")]
    [InlineData("Enoxaparin 40 mg every morning was given.", "enoxaparin", 1, "day")]
    public void AlternateDaysAndTimesOfDayAreSchedules(string text, string generic, double every, string unit)
    {
        Assert.Equal(new Frequency(every, unit), DrugFacts.Single(text, generic).Frequency);
    }

    [Theory]
    [InlineData("She was switched to 3-weekly docetaxel.", "docetaxel", 3, "week")]
    [InlineData("Fortnightly bevacizumab was added.", "bevacizumab", 2, "week")]
    [InlineData("He received twice-weekly bortezomib.", "bortezomib", 3.5, "day")]
    public void ASchedulePlacedBeforeTheDrugIsRead(string text, string generic, double every, string unit)
    {
        Assert.Equal(new Frequency(every, unit), DrugFacts.Single(text, generic).Frequency);
    }
}
