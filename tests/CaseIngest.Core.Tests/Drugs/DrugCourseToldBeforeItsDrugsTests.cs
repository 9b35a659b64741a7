namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A count of a course told given before its drugs are named in the clause that follows ("Two cycles of chemotherapy
/// were given, consisting of …", "were administered, with …", "six cycles in total of …"), instillations counted before
/// the drug ("six weekly instillations of"), and a count completed in the clause after the drugs ("…; she went on to
/// complete four cycles") are the drugs' cycles; a drug named after the course is handed on ("…, and then") is not
/// counted.
/// </summary>
public sealed class DrugCourseToldBeforeItsDrugsTests
{
    [Theory]
    [InlineData("Two cycles of chemotherapy were given, consisting of carboplatin and etoposide.", "carboplatin", 2)]
    [InlineData("Two cycles of chemotherapy were administered, with carboplatin and etoposide.", "etoposide", 2)]
    [InlineData("The patient completed six cycles in total of carboplatin and pemetrexed.", "carboplatin", 6)]
    [InlineData("He received six weekly instillations of mitomycin C.", "mitomycin", 6)]
    [InlineData("Pemetrexed and cisplatin were started in May; she went on to complete four cycles.", "pemetrexed", 4)]
    [InlineData("Docetaxel was started in June; he was able to complete five cycles before the pleural effusion.", "docetaxel", 5)]
    public void ACourseCountedBeforeOrAfterItsDrugsIsTheirs(string text, string generic, int cycles) =>
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("Four cycles of docetaxel were given, and then gemcitabine was started.", "gemcitabine")]
    [InlineData("Six cycles were planned; carboplatin was started in June.", "carboplatin")]
    public void ADrugHandedOnAfterTheCourseIsNotCounted(string text, string generic) =>
        Assert.Null(DrugFacts.Single(text, generic).Cycles);
}
