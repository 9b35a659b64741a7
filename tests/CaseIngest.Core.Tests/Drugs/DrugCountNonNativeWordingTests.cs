namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// Counts in the wordings of authors writing English as a second language and of terse summaries: "for 6 times", "for
/// six periods", "every 3 weeks, 4 doses", "Only one cycle was given", "Four cycles later", "a second dose of X was
/// given", "six cycles were planned, but only two were given". A number of times a day, a period of days, doses delayed, a
/// second dose followed by more or a first cycle followed by a second are no count.
/// </summary>
public sealed class DrugCountNonNativeWordingTests
{
    [Theory]
    [InlineData("mFOLFOX6 was performed for 6 times.", "oxaliplatin", 6)]
    [InlineData("She received paclitaxel plus carboplatin chemotherapy for 4 times.", "carboplatin", 4)]
    [InlineData("CHOP every 21 days was given for six times.", "vincristine", 6)]
    [InlineData("He was treated with cisplatin and etoposide for 6 periods.", "etoposide", 6)]
    [InlineData("She received ipilimumab and nivolumab every 3 weeks, 4 doses.", "nivolumab", 4)]
    [InlineData("Docetaxel was given every three weeks. Only one cycle was given because of severe neutropenia.", "docetaxel", 1)]
    [InlineData("He received CAPOX every three weeks. Four cycles later, the tumour marker had normalised.", "oxaliplatin", 4)]
    [InlineData("He was given rituximab. A second dose of rituximab was given two weeks later.", "rituximab", 2)]
    [InlineData("Six cycles of cisplatin and pemetrexed were planned, but only two were given because of renal toxicity.", "pemetrexed", 2)]
    [InlineData("Gemcitabine was scheduled for four courses, but only one course was administered.", "gemcitabine", 1)]
    [InlineData("She received gemcitabine plus cisplatin; treatment was stopped after the first administration because of liver failure.", "cisplatin", 1)]
    [InlineData("FOLFOX was started. The first cycle was followed by grade 4 diarrhoea. No further chemotherapy was given.", "oxaliplatin", 1)]
    public void ACountInTheseWordingsIsRead(string text, string generic, int cycles) =>
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("Prednisone was given for 3 times a day.", "prednisone")]
    [InlineData("He was treated with cisplatin for 2 periods of 5 days.", "cisplatin")]
    [InlineData("She received trastuzumab every 3 weeks, 2 doses of which were delayed by a week.", "trastuzumab")]
    [InlineData("He was given rituximab. A second dose of rituximab was given two weeks later, and four more doses followed.", "rituximab")]
    [InlineData("FOLFOX was started. The first cycle was followed by grade 4 diarrhoea. The second cycle was given at a reduced dose.", "oxaliplatin")]
    public void ATimesADayAPeriodOfDaysOrADoseFollowedByMoreIsNoCount(string text, string generic) =>
        Assert.Null(DrugFacts.Single(text, generic).Cycles);
}
