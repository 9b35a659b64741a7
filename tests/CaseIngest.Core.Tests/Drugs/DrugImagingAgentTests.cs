namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A drug name that is the carrier of a diagnostic radiotracer ("technetium-99m octreotide scintigraphy", "111In-octreotide
/// imaging", "an octreotide scan") names an imaging test, not a drug of the case; the same drug given as treatment is one.
/// </summary>
public sealed class DrugImagingAgentTests
{
    [Theory]
    [InlineData("Technetium-99m octreotide (99mTc-OCT) scintigraphy showed no uptake outside the liver.")]
    [InlineData("An 111In-octreotide scintiscan was performed to look for the occult tumour.")]
    [InlineData("An octreotide scan and a PET/CT were both negative for a neoplasm.")]
    public void ADrugNamedAsAnImagingAgentIsNoDrug(string text) =>
        Assert.DoesNotContain(DrugFacts.Of(text), d => d.Name == "octreotide");

    [Theory]
    [InlineData("She was started on octreotide 100 µg subcutaneously three times a day.")]
    [InlineData("After the scintigraphy, octreotide LAR 30 mg was given every 4 weeks.")]
    public void TheSameDrugGivenAsTreatmentIsADrug(string text) =>
        Assert.Contains(DrugFacts.Of(text), d => d.Name == "octreotide");
}
