using CaseIngest.Core.Model;

namespace CaseIngest.Core.Tests.Drugs;

/// <summary>Several doses of one drug stated in sequence are several facts; a restated dose is not.</summary>
public sealed class DrugDoseSequenceTests
{
    private static List<double> DosesOf(string text, string generic) =>
        DrugFacts.Of(text).Where(d => d.Name == generic && d.Dose is not null).Select(d => d.Dose!.Value).Order().ToList();

    [Fact]
    public void DosesOnDifferentDaysAreTwoFacts()
    {
        Assert.Equal([80, 150], DosesOf("She received docetaxel (150 mg on day 1, 80 mg on day 8) and cisplatin (40 mg on days 1-3).", "docetaxel"));
    }

    [Fact]
    public void ABolusFollowedByAnInfusionIsTwoDoses()
    {
        Assert.Equal([400, 2400], DosesOf("Fluorouracil 400 mg/m2 was given as a bolus followed by 2400 mg/m2 over 46 hours.", "fluorouracil"));
    }

    [Fact]
    public void ATaperedDoseIsASecondFact()
    {
        Assert.Equal([20, 60], DosesOf("Prednisone 60 mg daily was started and then reduced to 20 mg.", "prednisone"));
    }

    [Fact]
    public void ADoseRestatedInAnotherUnitIsOneDose()
    {
        Assert.Equal([200], DosesOf("Pembrolizumab 200 mg (about 3 mg/kg) was given.", "pembrolizumab"));
    }

    [Fact]
    public void TheNextDrugsDoseIsNotASecondDose()
    {
        Assert.Equal([75], DosesOf("Cisplatin 75 mg/m2, then docetaxel 75 mg/m2 was given.", "cisplatin"));
        Assert.Equal([80], DosesOf("Cisplatin 80 mg/m2, followed by 60 mg/m2 of docetaxel, was given.", "cisplatin"));
    }

    [Theory]
    [InlineData("Gemcitabine 1 gm/m2 was given on days 1 and 8.", 1, "g/m2")]
    [InlineData("Gemcitabine 1.25 g/sqm was given on days 1 and 8.", 1.25, "g/m2")]
    public void GramsPerSquareMetreHaveOneSpelling(string text, double value, string unit)
    {
        Assert.Equal(new Dose(value, unit), DrugFacts.Single(text, "gemcitabine").Dose);
    }

    [Fact]
    public void ACycleOfIsOneCycle()
    {
        var drugs = DrugFacts.Of("The mass shrank after a cycle of chemotherapy with paclitaxel combined with nedaplatin.");
        Assert.All(drugs, d => Assert.Equal(1, d.Cycles));
    }

    [Fact]
    public void ALongDosedListSharesAScheduleStatedAtItsEnd()
    {
        var drugs = DrugFacts.Of("Treatment with oxaliplatin, 85 mg/m2 of body-surface area; irinotecan, 180 mg/m2; leucovorin, 400 mg/m2; and fluorouracil, 400 mg/m2 given as a bolus followed by 2400 mg/m2 given as a 46-hour continuous infusion, every 2 weeks, was started.");
        Assert.All(drugs, d => Assert.Equal(new Frequency(2, "week"), d.Frequency));
        Assert.Equal(5, drugs.Count);
    }
}
