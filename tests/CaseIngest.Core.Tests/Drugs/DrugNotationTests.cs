using CaseIngest.Core.Model;

namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// Notations that abstracts and PDFs leave behind: a superscript flattened to "m(2)" or "m 2", abbreviations whose final
/// dot is lost, and a dose written per interval ("200 mg/3 weeks").
/// </summary>
public sealed class DrugNotationTests
{
    [Theory]
    [InlineData("Cisplatin 75 mg/m(2) and docetaxel 60 mg/m(2) were given every 3 weeks.", "cisplatin", 75)]
    [InlineData("Cisplatin 75 mg/m(2) and docetaxel 60 mg/m(2) were given every 3 weeks.", "docetaxel", 60)]
    [InlineData("Paclitaxel 80 mg/m 2 was given weekly.", "paclitaxel", 80)]
    public void AFlattenedSquareMetreIsPerSquareMetre(string text, string generic, double value)
    {
        Assert.Equal(new Dose(value, "mg/m2"), DrugFacts.Single(text, generic).Dose);
    }

    [Fact]
    public void ADrugListWithFlattenedUnitsSharesItsSchedule()
    {
        var drugs = DrugFacts.Of("Cisplatin 75 mg/m(2) and docetaxel 60 mg/m(2) were given every 3 weeks.");
        Assert.All(drugs, d => Assert.Equal(new Frequency(3, "week"), d.Frequency));
    }

    [Theory]
    [InlineData("Valganciclovir 900 mg b.i.d, for three weeks, was prescribed.", "valganciclovir", 0.5, "day")]
    [InlineData("Sintilimab 200 mg/3 weeks was continued.", "sintilimab", 3, "week")]
    [InlineData("Gemcitabine 1000 mg/m2/21 days was added.", "gemcitabine", 21, "day")]
    public void AbbreviatedSchedulesAreRead(string text, string generic, double every, string unit)
    {
        Assert.Equal(new Frequency(every, unit), DrugFacts.Single(text, generic).Frequency);
    }

    [Theory]
    [InlineData("Ceftriaxone 2 g i.v once daily was started.", "ceftriaxone", "intravenous")]
    [InlineData("Enoxaparin 40 mg s.c once daily was started.", "enoxaparin", "subcutaneous")]
    public void RouteAbbreviationsWithoutTheirFinalDotAreRead(string text, string generic, string route)
    {
        Assert.Equal(route, DrugFacts.Single(text, generic).Route);
    }
}
