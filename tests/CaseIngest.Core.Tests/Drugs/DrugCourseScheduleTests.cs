using CaseIngest.Core.Model;

namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// Courses written by the weeks or days they fall on, given within an arterial procedure, or continued for more cycles
/// in a later sentence.
/// </summary>
public sealed class DrugCourseScheduleTests
{
    [Theory]
    [InlineData("Concurrent cisplatin 100 mg/m2 was given on day 1 of weeks 1, 4 and 7 of radiotherapy.", 3, "week")]
    [InlineData("Cisplatin was planned on day one of week one, four, and seven.", 3, "week")]
    [InlineData("Cisplatin 75 mg/m2 was given on days 1, 22, and 43.", 21, "day")]
    public void EvenlySpacedWeeksOrDaysGiveTheInterval(string text, double every, string unit)
    {
        Assert.Equal(new Frequency(every, unit), DrugFacts.Single(text, "cisplatin").Frequency);
    }

    [Fact]
    public void DaysInsideOneCycleAreNotItsInterval()
    {
        Assert.Null(DrugFacts.Single("Gemcitabine 1000 mg/m2 was given on days 1, 8 and 15.", "gemcitabine").Frequency);
    }

    [Theory]
    [InlineData("She underwent TACE with epirubicin 40 mg and lipiodol.", "epirubicin")]
    [InlineData("Hepatic arterial infusion chemotherapy (HAIC) of oxaliplatin 85 mg/m2 was performed.", "oxaliplatin")]
    [InlineData("Chemoembolization of the right lobe was performed. This consisted of doxorubicin 50 mg mixed with lipiodol.", "doxorubicin")]
    public void ACytotoxicDrugGivenWithinAnArterialProcedureIsIntraArterial(string text, string generic)
    {
        Assert.Equal("intra-arterial", DrugFacts.Single(text, generic).Route);
    }

    [Theory]
    [InlineData("After two sessions of TACE, cisplatin was given with radiotherapy.", "cisplatin")]
    [InlineData("She underwent TACE and then received capecitabine.", "capecitabine")]
    [InlineData("TACE was performed. Sorafenib was then started.", "sorafenib")]
    public void ADrugGivenAfterOrBesideTheProcedureIsNotIntraArterial(string text, string generic)
    {
        Assert.NotEqual("intra-arterial", DrugFacts.Single(text, generic).Route);
    }

    [Theory]
    [InlineData("He received two cycles of carboplatin and etoposide. Imaging showed a partial response. The same regimen was continued for an additional two cycles.", 4)]
    [InlineData("He received three cycles of carboplatin and etoposide. The chemotherapy was continued for 3 more cycles.", 6)]
    [InlineData("He received two cycles of carboplatin and etoposide. Two further cycles were administered after recovery.", 4)]
    public void AdditionalCyclesInALaterSentenceAddToTheCount(string text, int cycles)
    {
        Assert.Equal(cycles, DrugFacts.Single(text, "carboplatin").Cycles);
        Assert.Equal(cycles, DrugFacts.Single(text, "etoposide").Cycles);
    }

    [Fact]
    public void AdditionalCyclesDoNotInventACountThatWasNotStated()
    {
        Assert.Null(DrugFacts.Single("He received carboplatin and etoposide. The regimen was continued for an additional two cycles.", "carboplatin").Cycles);
    }

    [Fact]
    public void ACountOfCyclesAfterALongDescriptionOfTheRegimenStillReachesItsDrugs()
    {
        var text = "After surgery he received two cycles of the first-line standard regimen of systemic chemotherapy, which comprised etoposide combined with carboplatin.";
        Assert.Equal(2, DrugFacts.Single(text, "etoposide").Cycles);
    }
}
