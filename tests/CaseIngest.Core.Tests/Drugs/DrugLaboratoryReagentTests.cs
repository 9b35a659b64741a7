namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A drug named as part of a laboratory method, an ingredient of a culture medium ("Sabouraud agar with
/// chloramphenicol", "a broth containing vancomycin") or a reagent of a test, was not given to the patient and is no
/// drug of the case; the same drug given to the patient in the sentence about the culture still is.
/// </summary>
public sealed class DrugLaboratoryReagentTests
{
    [Theory]
    [InlineData("The biopsy specimen was cultured on Sabouraud dextrose agar supplemented with chloramphenicol.")]
    [InlineData("Fluid was inoculated onto blood agar and a selective medium containing vancomycin and colistin.")]
    [InlineData("Tissue was plated on potato dextrose agar with gentamicin and incubated at 30 °C for two weeks.")]
    [InlineData("The sputum was cultured in a broth supplemented with amphotericin B to suppress fungi.")]
    [InlineData("Cells were grown in RPMI medium containing penicillin and streptomycin.")]
    public void ADrugOfACultureMediumIsNoDrugOfTheCase(string text)
    {
        Assert.Empty(DrugFacts.Of(text));
    }

    [Theory]
    [InlineData("Blood cultures grew Escherichia coli, and she was treated with ceftriaxone.", "ceftriaxone")]
    [InlineData("After the wound culture she received vancomycin for two weeks.", "vancomycin")]
    [InlineData("The agar plates grew Candida, and fluconazole was started.", "fluconazole")]
    public void ADrugGivenBesideACultureIsStillADrugOfTheCase(string text, string generic)
    {
        Assert.Equal([generic], DrugFacts.Of(text).Select(d => d.Name));
    }
}
