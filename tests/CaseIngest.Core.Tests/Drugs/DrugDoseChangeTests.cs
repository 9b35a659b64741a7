using CaseIngest.Core.Model;

namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A dose changed over the course (tapered, reduced, raised, stepped down after a stated time) gives a fact for each dose
/// it reaches; a range of doses or a figure restated in another unit does not.
/// </summary>
public sealed class DrugDoseChangeTests
{
    private static List<Dose> DosesOf(string text, string generic) =>
        DrugFacts.Of(text).Where(d => d.Name == generic && d.Dose is not null).Select(d => d.Dose!).OrderBy(d => d.Unit).ThenBy(d => d.Value).ToList();

    [Theory]
    [InlineData("Her prednisone was tapered from 40 mg daily to a maintenance dose of 7.5 mg daily.", 7.5, 40)]
    [InlineData("The dose of prednisone was reduced to 20 mg, and to 10 mg two weeks later.", 10, 20)]
    [InlineData("Prednisone was started at 30 mg/day for 2 weeks, 15 mg/day for 3 months.", 15, 30)]
    [InlineData("Prednisone was weaned from 50 mg to 5 mg over six months.", 5, 50)]
    public void EveryDoseAChangeReachesIsAFact(string text, double lower, double higher)
    {
        Assert.Equal([new Dose(lower, "mg"), new Dose(higher, "mg")], DosesOf(text, "prednisone"));
    }

    [Fact]
    public void ALoadingDoseHeldForSomeDaysThenAWeightBasedDoseAreTwoFacts()
    {
        var doses = DosesOf("She was given methylprednisolone 500 mg daily for 3 days and 1 mg/kg daily thereafter.", "methylprednisolone");
        Assert.Equal([new Dose(500, "mg"), new Dose(1, "mg/kg")], doses);
    }

    [Fact]
    public void ARangeOfDosesIsNotASecondDose()
    {
        Assert.Equal([new Dose(200, "mg")], DosesOf("Hydroxychloroquine 200 mg to 400 mg daily was prescribed.", "hydroxychloroquine"));
    }

    [Fact]
    public void AFigureInAnotherUnitWithoutAStatedTimeStillRestatesTheDose()
    {
        Assert.Equal([new Dose(60, "mg")], DosesOf("Prednisone was given at 60 mg daily (1 mg/kg).", "prednisone"));
    }

    [Theory]
    [InlineData("Enoxaparin of 0,4 ml/day was given subcutaneously.", "enoxaparin", 0.4, "mL")]
    [InlineData("Warfarin 2,5 mg daily was continued.", "warfarin", 2.5, "mg")]
    [InlineData("She received 500UI of heparin before surgery.", "heparin", 500, "IU")]
    [InlineData("Heparin 1,000 units was flushed.", "heparin", 1000, "U")]
    public void DecimalCommasAndTheUiAbbreviationAreRead(string text, string generic, double value, string unit)
    {
        Assert.Equal(new Dose(value, unit), DrugFacts.Single(text, generic).Dose);
    }

    [Fact]
    public void TheStrengthOfAProductNamedInParenthesesIsNotADose()
    {
        var doses = DosesOf("Trastuzumab (Herceptin®, 150 mg vial, Roche, Switzerland) was given at 6 mg/kg every 3 weeks.", "trastuzumab");
        Assert.Equal([new Dose(6, "mg/kg")], doses);
    }

    [Theory]
    [InlineData("Docetaxel (Taxotere) 75 mg/m2 was given every 3 weeks.")]
    [InlineData("Docetaxel (Taxotere 75 mg/m2) was given every 3 weeks.")]
    public void ADoseWithABrandInParenthesesIsTheDrugsDose(string text)
    {
        Assert.Equal([new Dose(75, "mg/m2")], DosesOf(text, "docetaxel"));
    }
}
