namespace CaseIngest.Core.Tests.Drugs;

/// <summary>The intravenous drip written "ivgtt" and a continuous intravenous infusion written "CIV" are the intravenous route.</summary>
public sealed class DrugInfusionAbbreviationTests
{
    [Theory]
    [InlineData("Cefoperazone 2 g ivgtt q12h was given.", "cefoperazone")]
    [InlineData("Levofloxacin 0.5 g ivgtt once daily was started.", "levofloxacin")]
    [InlineData("5-FU 2400 mg/m2 CIV over 46 h was given.", "fluorouracil")]
    public void AnInfusionAbbreviationIsTheIntravenousRoute(string text, string generic)
    {
        Assert.Equal("intravenous", DrugFacts.Single(text, generic).Route);
    }

    [Fact]
    public void AControlledSubstanceScheduleInLowerCaseIsNoRoute()
    {
        Assert.Null(DrugFacts.Single("Tramadol (schedule civ in some countries) was taken.", "tramadol").Route);
    }
}
