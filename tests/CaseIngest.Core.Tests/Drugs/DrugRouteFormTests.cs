namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// Routes written as abbreviations, adverbs before the drug, class nouns heading a list, forms that imply a route, and
/// names that carry their route.
/// </summary>
public sealed class DrugRouteFormTests
{
    [Theory]
    [InlineData("Prednisone 40 mg po daily was prescribed.", "prednisone", "oral")]
    [InlineData("Ondansetron 8 mg peroral was given.", "ondansetron", "oral")]
    [InlineData("Heparin 5000 U SQ was given.", "heparin", "subcutaneous")]
    [InlineData("Ketorolac 30 mg IM was given.", "ketorolac", "intramuscular")]
    public void RouteAbbreviationsAreRead(string text, string generic, string route)
    {
        Assert.Equal(route, DrugFacts.Single(text, generic).Route);
    }

    [Fact]
    public void AnIntramedullaryNailIsNotARoute()
    {
        Assert.Null(DrugFacts.Single("Cefazolin was given before IM nailing of the femur.", "cefazolin").Route);
    }

    [Theory]
    [InlineData("He was treated orally with prednisolone.", "prednisolone", "oral")]
    [InlineData("Intravenous antibiotics (ceftriaxone and metronidazole) were started.", "metronidazole", "intravenous")]
    [InlineData("She received intravenous broad-spectrum antibiotics including meropenem.", "meropenem", "intravenous")]
    [InlineData("We treated the pain with oral analgesics and intravenous prednisolone 500 mg.", "prednisolone", "intravenous")]
    public void ARouteBeforeTheDrugOrItsClassReachesIt(string text, string generic, string route)
    {
        Assert.Equal(route, DrugFacts.Single(text, generic).Route);
    }

    [Theory]
    [InlineData("A heparin bolus of 5000 U was given.", "heparin", "intravenous")]
    [InlineData("Clobetasol ointment was applied twice daily.", "clobetasol", "topical")]
    [InlineData("A fentanyl patch was applied for the pain.", "fentanyl", "transdermal")]
    [InlineData("Diclofenac suppositories were given for pain.", "diclofenac", "rectal")]
    [InlineData("A salbutamol inhaler was prescribed.", "salbutamol", "inhaled")]
    public void AFormOfAdministrationImpliesItsRoute(string text, string generic, string route)
    {
        Assert.Equal(route, DrugFacts.Single(text, generic).Route);
    }

    [Fact]
    public void ASwitchFromIntravenousToOralKeepsBothRoutes()
    {
        var drugs = DrugFacts.Of("Intravenous methylprednisolone was started. After a week, methylprednisolone was switched to the oral form.");
        Assert.Equal(["intravenous", "oral"], drugs.Where(d => d.Name == "methylprednisolone").Select(d => d.Route ?? "-").Order());
    }

    [Theory]
    [InlineData("Heparin 5000 IU sc twice daily was continued.", "heparin")]
    [InlineData("Enoxaparin 40 mg sc was given before surgery.", "enoxaparin")]
    public void ALowerCaseScAfterADoseIsSubcutaneous(string text, string generic)
    {
        Assert.Equal("subcutaneous", DrugFacts.Single(text, generic).Route);
    }

    [Theory]
    [InlineData("He received intravenous (IV) cefazolin before the incision.", "cefazolin", "intravenous")]
    [InlineData("Subcutaneous (SC) enoxaparin was given for prophylaxis.", "enoxaparin", "subcutaneous")]
    [InlineData("Oral (PO) prednisone was tapered over six weeks.", "prednisone", "oral")]
    public void ARouteWithItsAbbreviationInBracketsReachesTheDrug(string text, string generic, string route)
    {
        Assert.Equal(route, DrugFacts.Single(text, generic).Route);
    }

    [Theory]
    [InlineData("She was given IVIG for the thrombocytopenia.")]
    [InlineData("Immune globulin was given at 2 g/kg over 5 days.")]
    [InlineData("Intravenous immune globulin was considered but declined by the family.")]
    public void ADrugWhoseNameStatesItsRouteIsGivenByThatRoute(string text)
    {
        Assert.Equal("intravenous", DrugFacts.Single(text, "intravenous immunoglobulin").Route);
    }
}
