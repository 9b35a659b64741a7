using CaseIngest.Core.Model;

namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// Doses in less usual notations: a dose that modifies a noun of giving before the drug ("a 300-mg loading dose of",
/// "a 5000-unit bolus of"), units spelled out ("1 gram", "500 milligrams"), and a first dose given once ("stat", "once")
/// before a schedule that belongs to the doses after it.
/// </summary>
public sealed class DrugDoseModifierTests
{
    [Theory]
    [InlineData("He received a 300-mg loading dose of clopidogrel.", "clopidogrel", 300, "mg")]
    [InlineData("A 5000-unit bolus of heparin was given.", "heparin", 5000, "U")]
    [InlineData("A 2-g infusion of magnesium sulfate was given.", "magnesium sulfate", 2, "g")]
    [InlineData("She was given a 40-mg daily dose of prednisone.", "prednisone", 40, "mg")]
    [InlineData("She received one 500-mg tablet of paracetamol.", "paracetamol", 500, "mg")]
    [InlineData("A single 8 mg intravenous dose of ondansetron was given.", "ondansetron", 8, "mg")]
    [InlineData("He received a 1-g dose of cefazolin before the incision.", "cefazolin", 1, "g")]
    public void ADoseThatModifiesANounOfGivingBeforeTheDrugIsItsDose(string text, string generic, double value, string unit) =>
        Assert.Equal(new Dose(value, unit), DrugFacts.Single(text, generic).Dose);

    [Theory]
    [InlineData("Vancomycin 1 gram every 12 hours was started.", "vancomycin", 1, "g")]
    [InlineData("She was given 500 milligrams of azithromycin.", "azithromycin", 500, "mg")]
    [InlineData("Cyanocobalamin 1000 micrograms was injected monthly.", "cyanocobalamin", 1000, "µg")]
    [InlineData("Ceftriaxone 2 grams daily was given.", "ceftriaxone", 2, "g")]
    public void UnitsSpelledOutAreRead(string text, string generic, double value, string unit) =>
        Assert.Equal(new Dose(value, unit), DrugFacts.Single(text, generic).Dose);

    [Theory]
    [InlineData("Cultures grew 2 gram-negative isolates despite meropenem.", "meropenem")]
    [InlineData("She received a 3-day course of azithromycin.", "azithromycin")]
    public void AGramStainAndACourseLengthAreNoDose(string text, string generic) =>
        Assert.Null(DrugFacts.Single(text, generic).Dose);

    [Fact]
    public void AVolumeOfFluidBeforeAnotherDrugIsNotItsDose() =>
        Assert.Equal(new Dose(4, "mg"), DrugFacts.Single("A 500-mL bolus of saline was given with ondansetron 4 mg.", "ondansetron").Dose);

    [Theory]
    [InlineData("Hydrocortisone 100 mg IV stat, then 50 mg every 6 hours, was given.", "hydrocortisone", 100)]
    [InlineData("Dexamethasone 10 mg once, followed by 4 mg every 6 hours, was given.", "dexamethasone", 10)]
    public void AFirstDoseGivenOnceHasNoFrequency(string text, string generic, double value)
    {
        var facts = DrugFacts.Of(text).Where(d => d.Name == generic).ToList();
        Assert.Null(Assert.Single(facts, d => d.Dose?.Value == value).Frequency);
        Assert.Contains(facts, d => d.Frequency == new Frequency(6, "hour"));
    }

    [Theory]
    [InlineData("Prednisone 60 mg daily, then 40 mg daily, was given.", "prednisone", 60)]
    [InlineData("Atorvastatin 40 mg daily, then 80 mg daily, was given.", "atorvastatin", 40)]
    [InlineData("Heparin 5000 units once daily, then 7500 units once daily, was given.", "heparin", 5000)]
    public void AFirstDoseWithItsOwnDailyScheduleKeepsIt(string text, string generic, double value) =>
        Assert.Equal(new Frequency(1, "day"), Assert.Single(DrugFacts.Of(text), d => d.Name == generic && d.Dose?.Value == value).Frequency);
}
