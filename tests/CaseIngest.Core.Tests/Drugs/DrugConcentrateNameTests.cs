namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// Names the lexicon refuses alone: fibrinogen given as a concentrate is a drug, a prothrombin complex
/// concentrate is one, and initialisms (IVCY, MTX, 5-FU) name their drug; fibrinogen measured stays a lab value.
/// </summary>
public sealed class DrugConcentrateNameTests
{
    [Theory]
    [InlineData("Fibrinogen concentrate 4 g was infused.", "fibrinogen concentrate")]
    [InlineData("She received 2 g of fibrinogen concentrate for the bleeding.", "fibrinogen concentrate")]
    [InlineData("Prothrombin complex concentrate 1000 IU was given to reverse warfarin.", "prothrombin complex concentrate")]
    [InlineData("He received IVCY 500 mg monthly for six months.", "cyclophosphamide")]
    [InlineData("MTX 15 mg weekly was started for the arthritis.", "methotrexate")]
    [InlineData("She was treated with 5-FU and leucovorin.", "fluorouracil")]
    public void ARefusedNameGivenAsADrugIsADrug(string text, string generic)
    {
        Assert.Contains(DrugFacts.Of(text), d => d.Name == generic && d.Status == "given");
    }

    [Fact]
    public void IntravenousCyclophosphamideWrittenAsAnInitialismCarriesItsRoute()
    {
        Assert.Equal("intravenous", DrugFacts.Single("Induction with IVCY was started.", "cyclophosphamide").Route);
    }

    [Theory]
    [InlineData("Fibrinogen was 1.2 g/L and the platelet count 80,000/µL.")]
    [InlineData("Plasma fibrinogen was low at 90 mg/dL.")]
    [InlineData("The fibrinogen level fell to 1.0 g/L on day 2.")]
    public void AMeasuredFibrinogenIsNoDrug(string text)
    {
        Assert.DoesNotContain(DrugFacts.Of(text), d => d.Name.StartsWith("fibrinogen", StringComparison.Ordinal));
    }
}
