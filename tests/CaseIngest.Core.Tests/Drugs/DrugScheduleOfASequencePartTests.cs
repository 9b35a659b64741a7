using CaseIngest.Core.Model;

namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A schedule word that opens the later part of a sequence ("four cycles of AC followed by weekly paclitaxel", "…, then
/// weekly paclitaxel", "… and subsequently weekly docetaxel") is the schedule of the drugs after the hand-over only;
/// the drugs before it keep their own schedule or none. A schedule before or after a plain list ("weekly carboplatin and
/// paclitaxel", "carboplatin and paclitaxel weekly") still reaches every drug of the list.
/// </summary>
public sealed class DrugScheduleOfASequencePartTests
{
    [Theory]
    [InlineData("She received four cycles of AC followed by weekly paclitaxel.", "doxorubicin")]
    [InlineData("She received four cycles of AC followed by weekly paclitaxel.", "cyclophosphamide")]
    [InlineData("She received four cycles of doxorubicin and cyclophosphamide, then weekly paclitaxel for 12 weeks.", "doxorubicin")]
    [InlineData("She received four cycles of doxorubicin and cyclophosphamide, then weekly paclitaxel for 12 weeks.", "cyclophosphamide")]
    [InlineData("He was given three cycles of gemcitabine and subsequently weekly docetaxel.", "gemcitabine")]
    [InlineData("Two courses of EC were given, followed by fortnightly docetaxel.", "epirubicin")]
    public void AScheduleOpeningTheLaterPartIsNotTheEarlierDrugs(string text, string generic) =>
        Assert.Null(DrugFacts.Single(text, generic).Frequency);

    [Theory]
    [InlineData("She received four cycles of AC followed by weekly paclitaxel.", "paclitaxel", 1)]
    [InlineData("She received four cycles of doxorubicin and cyclophosphamide, then weekly paclitaxel for 12 weeks.", "paclitaxel", 1)]
    [InlineData("He was given three cycles of gemcitabine and subsequently weekly docetaxel.", "docetaxel", 1)]
    [InlineData("Two courses of EC were given, followed by fortnightly docetaxel.", "docetaxel", 2)]
    public void TheDrugAfterTheHandOverKeepsTheSchedule(string text, string generic, double weeks) =>
        Assert.Equal(new Frequency(weeks, "week"), DrugFacts.Single(text, generic).Frequency);

    [Theory]
    [InlineData("She received four cycles of AC followed by weekly paclitaxel.", "doxorubicin", 4)]
    [InlineData("She received four cycles of doxorubicin and cyclophosphamide, then weekly paclitaxel for 12 weeks.", "cyclophosphamide", 4)]
    public void TheEarlierDrugsKeepTheirCount(string text, string generic, int cycles) =>
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("He was treated with weekly carboplatin and paclitaxel.", "carboplatin")]
    [InlineData("He was treated with weekly carboplatin and paclitaxel.", "paclitaxel")]
    [InlineData("He was treated with carboplatin and paclitaxel weekly.", "carboplatin")]
    [InlineData("He was treated with carboplatin and paclitaxel weekly.", "paclitaxel")]
    [InlineData("She received weekly paclitaxel followed by four cycles of AC.", "paclitaxel")]
    public void AScheduleOfAListOrOfTheFirstPartStays(string text, string generic) =>
        Assert.Equal(new Frequency(1, "week"), DrugFacts.Single(text, generic).Frequency);

    [Theory]
    [InlineData("She received weekly paclitaxel followed by four cycles of AC.", "doxorubicin")]
    [InlineData("Weekly cisplatin was given with radiotherapy, followed by two cycles of cisplatin and fluorouracil.", "fluorouracil")]
    public void AScheduleOfTheFirstPartDoesNotReachTheLaterDrugs(string text, string generic) =>
        Assert.Null(DrugFacts.Single(text, generic).Frequency);
}
