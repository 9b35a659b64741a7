using CaseIngest.Core.Model;

namespace CaseIngest.Core.Tests.Drugs;

/// <summary>Doses and schedules as case reports spell them out in words.</summary>
public sealed class DrugDoseWordingTests
{
    [Theory]
    [InlineData("Paclitaxel 175 mg per square meter of body surface area was infused.", "paclitaxel", 175, "mg/m2")]
    [InlineData("Docetaxel was given at 75 mg per square metre.", "docetaxel", 75, "mg/m2")]
    [InlineData("Oxaliplatin, 130 mg/m2 of body-surface area, was added.", "oxaliplatin", 130, "mg/m2")]
    [InlineData("Carboplatin at an area under the curve of 5 was added.", "carboplatin", 5, "AUC")]
    [InlineData("Carboplatin (area under the concentration-time curve 6) was added.", "carboplatin", 6, "AUC")]
    [InlineData("Carboplatin AUC=4 was added.", "carboplatin", 4, "AUC")]
    [InlineData("Ifosfamide 1.5 g/m2 was given on days 1 to 5.", "ifosfamide", 1.5, "g/m2")]
    [InlineData("Interferon alfa 6 million units was injected three times a week.", "interferon alfa", 6000000, "U")]
    [InlineData("Interferon alfa 3 MIU was injected three times a week.", "interferon alfa", 3000000, "IU")]
    [InlineData("Interleukin-2 at 600,000 IU/kg was given.", "interleukin-2", 600000, "IU/kg")]
    public void DosesWrittenInWordsGetTheirCanonicalUnit(string text, string generic, double value, string unit)
    {
        var dose = DrugFacts.Single(text, generic).Dose;
        Assert.NotNull(dose);
        Assert.Equal(value, dose.Value);
        Assert.Equal(unit, dose.Unit);
    }

    [Theory]
    [InlineData("Doxorubicin had been given up to a cumulative dose of 450 mg/m2.", "doxorubicin")]
    [InlineData("Doxorubicin (total cumulative dose 300 mg/m2) was stopped.", "doxorubicin")]
    public void ACumulativeDoseIsNotTheDoseOfOneAdministration(string text, string generic)
    {
        Assert.Null(DrugFacts.Single(text, generic).Dose);
    }

    [Fact]
    public void ACumulativeDoseDoesNotHideTheDoseOfOneAdministration()
    {
        var fact = DrugFacts.Single("Doxorubicin 60 mg/m2 was given to a cumulative dose of 360 mg/m2.", "doxorubicin");
        Assert.Equal(new Dose(60, "mg/m2"), fact.Dose);
    }

    [Theory]
    [InlineData("Norepinephrine was infused at 0.2 µg/kg/min to keep the mean arterial pressure above 65 mmHg.", "norepinephrine")]
    [InlineData("Dobutamine 5 mcg/kg/minute was added for low cardiac output.", "dobutamine")]
    public void AnInfusionRatePerMinuteIsNotADose(string text, string generic)
    {
        Assert.Null(DrugFacts.Single(text, generic).Dose);
    }

    [Theory]
    [InlineData("Gemcitabine was given on day 1 and 8 every 21 days.", 21, "day")]
    [InlineData("Nivolumab was given q2w.", 2, "week")]
    [InlineData("Nivolumab was given bi-weekly.", 2, "week")]
    [InlineData("Osimertinib 80 mg once daily was started.", 1, "day")]
    [InlineData("Capecitabine 1000 mg/m2 twice daily was started.", 0.5, "day")]
    [InlineData("Capecitabine 1000 mg/m2 bid was started.", 0.5, "day")]
    public void SchedulesBecomeEveryAndUnit(string text, double every, string unit)
    {
        Assert.Equal(new Frequency(every, unit), DrugFacts.Of(text)[0].Frequency);
    }

    [Fact]
    public void DaysOfTheCycleAreNotTheSchedule()
    {
        Assert.Null(DrugFacts.Single("Gemcitabine was given on days 1 and 8.", "gemcitabine").Frequency);
    }

    [Theory]
    [InlineData("Rectal cancer was treated with capecitabine.", "capecitabine")]
    [InlineData("FOLFOX was started for the rectal tumour.", "oxaliplatin")]
    public void AnOrganAdjectiveIsNotARoute(string text, string generic)
    {
        Assert.Null(DrugFacts.Single(text, generic).Route);
    }

    [Theory]
    [InlineData("Mesalazine was given rectally.", "mesalazine")]
    [InlineData("Diclofenac was given as a rectal suppository.", "diclofenac")]
    public void RectalAdministrationIsARoute(string text, string generic)
    {
        Assert.Equal("rectal", DrugFacts.Single(text, generic).Route);
    }
}
