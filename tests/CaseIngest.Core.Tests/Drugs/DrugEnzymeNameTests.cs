namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A drug's name at the head of an enzyme's name ("adenosine deaminase", "glutamine synthetase", "lactate
/// dehydrogenase") names the enzyme, a laboratory finding, not the drug, even beside values that read like doses; the
/// same drug given as a drug stays a drug.
/// </summary>
public sealed class DrugEnzymeNameTests
{
    [Theory]
    [InlineData("Analysis of the ascites showed glucose of 96 mg/dl and protein of 3 g/dl. Ascitic adenosine deaminase (ADA) measured 41.", "adenosine")]
    [InlineData("The effusion had glucose of 120 mg/dl. Its adenosine deaminase was 38 U/L.", "adenosine")]
    [InlineData("Biochemistry of the fluid showed glucose of 150 mg/dl. Adenosine deaminase (ADA) was 12.", "adenosine")]
    [InlineData("Serum sodium was 131 mmol/L and glucose 9.2 mmol/L. The ascitic fluid adenosine deaminase was 48 U/L.", "adenosine")]
    [InlineData("Blood glucose was 8 mmol/L. Immunostaining for glutamine synthetase was diffusely positive.", "glutamine")]
    [InlineData("Intravenous glucose was given. Tumour cells stained for tyrosine kinase receptors.", "tyrosine")]
    public void ADrugNamingAnEnzymeIsNoDrug(string text, string generic) =>
        Assert.DoesNotContain(DrugFacts.Of("Case presentation\n" + text), d => d.Name == generic);

    [Theory]
    [InlineData("For the narrow-complex tachycardia she was given adenosine 6 mg intravenously.", "adenosine")]
    [InlineData("Adenosine was given as a 12 mg bolus and the deaminase level was not measured.", "adenosine")]
    [InlineData("The effusion had glucose of 120 mg/dl. For a supraventricular tachycardia, adenosine 6 mg was given.", "adenosine")]
    public void TheSameDrugGivenStaysADrug(string text, string generic) =>
        Assert.Contains(DrugFacts.Of("Case presentation\n" + text), d => d.Name == generic);
}
