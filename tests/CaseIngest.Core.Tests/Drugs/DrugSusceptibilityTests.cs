namespace CaseIngest.Core.Tests.Drugs;

/// <summary>Antibiotics named by the susceptibility testing of an isolate are not drugs the patient received.</summary>
public sealed class DrugSusceptibilityTests
{
    [Theory]
    [InlineData("Blood cultures grew Staphylococcus aureus susceptible to oxacillin and vancomycin but resistant to erythromycin.")]
    [InlineData("The isolate was sensitive to ampicillin (MIC 0.25 µg/mL), gentamicin, and meropenem, and resistant to ciprofloxacin.")]
    [InlineData("Susceptibility testing showed that the strain was resistant to fluconazole.")]
    public void AntibioticsOfASusceptibilityResultAreNotDrugsOfTheCase(string text)
    {
        Assert.Empty(DrugFacts.Of(text));
    }

    [Theory]
    [InlineData("The isolate was resistant to ampicillin, so she was treated with meropenem.", "meropenem")]
    [InlineData("Cultures grew Escherichia coli sensitive to ceftriaxone, and ceftriaxone was continued for 10 days.", "ceftriaxone")]
    [InlineData("The tumour became resistant to imatinib and he was switched to sunitinib.", "imatinib")]
    [InlineData("The tumour became resistant to imatinib and he was switched to sunitinib.", "sunitinib")]
    public void ADrugGivenInTheSameSentenceIsStillADrug(string text, string generic)
    {
        Assert.Contains(DrugFacts.Of(text), d => d.Name == generic);
    }
}
