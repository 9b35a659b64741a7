namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// Regimen acronyms of myeloma and NK/T-cell lymphoma treatment (VCD, PAD, D-PACE and its daratumumab, thalidomide
/// and bortezomib forms, L-GDP, P-GemOx) give their drugs with the count of cycles; the short ones that also abbreviate
/// a disease (PAD, VCD) count only with a regimen word in the sentence.
/// </summary>
public sealed class RegimenPlasmaCellAcronymTests
{
    [Theory]
    [InlineData("He completed four cycles of VCD before the transplant.", "bortezomib,cyclophosphamide,dexamethasone", 4)]
    [InlineData("She received 4 cycles of PAD chemotherapy before transplantation.", "bortezomib,dexamethasone,doxorubicin", 4)]
    [InlineData("Salvage therapy with two cycles of Dd-PACE was given for the plasma cell leukaemia.", "cisplatin,cyclophosphamide,daratumumab,dexamethasone,doxorubicin,etoposide", 2)]
    [InlineData("He then received two cycles of DT-PACE.", "cisplatin,cyclophosphamide,dexamethasone,doxorubicin,etoposide,thalidomide", 2)]
    [InlineData("Three cycles of VDT-PACE were given as salvage.", "bortezomib,cisplatin,cyclophosphamide,dexamethasone,doxorubicin,etoposide,thalidomide", 3)]
    [InlineData("She was treated with six cycles of L-GDP for the nasal lymphoma.", "asparaginase,cisplatin,dexamethasone,gemcitabine", 6)]
    [InlineData("He received four cycles of P-GemOx.", "gemcitabine,oxaliplatin,pegaspargase", 4)]
    public void AnAcronymGivesItsDrugsWithTheirCycles(string text, string names, int cycles)
    {
        var drugs = DrugFacts.Of(text);
        Assert.Equal(names.Split(',').Order(StringComparer.Ordinal), drugs.Select(d => d.Name).Order(StringComparer.Ordinal));
        Assert.All(drugs, d => Assert.Equal(cycles, d.Cycles));
    }

    [Theory]
    [InlineData("He had a history of PAD and hypertension.")]
    [InlineData("The VCD was repaired surgically.")]
    public void AShortAcronymWithoutARegimenWordIsNoRegimen(string text)
    {
        Assert.Empty(DrugFacts.Of(text));
    }
}
