using CaseIngest.Core.Model;

namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A drug the team could not get ("was not available", "was unavailable in our country", "was hard to obtain", "could
/// not be obtained") was not given; a drug that became available and was then given, or a drug given while something
/// else was not available, was given.
/// </summary>
public sealed class DrugUnobtainableTests
{
    [Theory]
    [InlineData("Lorlatinib was not available at our institution.", "lorlatinib")]
    [InlineData("Larotrectinib was unavailable in our country at that time.", "larotrectinib")]
    [InlineData("Selpercatinib was hard to obtain, so cabozantinib was started.", "selpercatinib")]
    [InlineData("Because dinutuximab could not be obtained, she received chemotherapy alone.", "dinutuximab")]
    [InlineData("Pralsetinib was difficult to obtain because of its cost.", "pralsetinib")]
    public void ADrugThatCouldNotBeObtainedIsNotGiven(string text, string generic) =>
        Assert.Equal(TreatmentStatus.NotGiven, DrugFacts.Single(text, generic).Status);

    [Theory]
    [InlineData("Selpercatinib was hard to obtain, so cabozantinib was started.", "cabozantinib")]
    [InlineData("As no donor was available, she received azacitidine.", "azacitidine")]
    [InlineData("Once imatinib became available, it was started at 400 mg daily.", "imatinib")]
    public void ADrugGivenBesideSomethingUnavailableIsGiven(string text, string generic) =>
        Assert.Equal(TreatmentStatus.Given, DrugFacts.Single(text, generic).Status);
}
