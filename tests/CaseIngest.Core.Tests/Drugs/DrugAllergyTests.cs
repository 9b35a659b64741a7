namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// An allergy or intolerance names a drug the patient did not receive and was not considered for: it is no drug fact;
/// a drug given in the same report stays given.
/// </summary>
public sealed class DrugAllergyTests
{
    [Theory]
    [InlineData("She is allergic to penicillin.", "penicillin")]
    [InlineData("He had a known allergy to diclofenac.", "diclofenac")]
    [InlineData("Allergies: sulfamethoxazole (rash).", "sulfamethoxazole")]
    [InlineData("The patient was intolerant of metformin.", "metformin")]
    [InlineData("She reported an allergy to amoxicillin and codeine.", "codeine")]
    [InlineData("He has a documented hypersensitivity to ibuprofen.", "ibuprofen")]
    [InlineData("Her past history included hypertension and an allergy to cefuroxime.", "cefuroxime")]
    [InlineData("Drug allergies: vancomycin, clindamycin.", "clindamycin")]
    [InlineData("She was allergic to both aspirin and naproxen.", "naproxen")]
    [InlineData("He reported intolerance to atorvastatin because of myalgia.", "atorvastatin")]
    public void AnAllergyIsNoDrugFact(string text, string generic)
    {
        Assert.DoesNotContain(DrugFacts.Of(text), d => d.Name == generic);
    }

    [Theory]
    [InlineData("She was allergic to penicillin, so clindamycin 600 mg was given intravenously.", "clindamycin")]
    [InlineData("Despite a reported allergy to sulfonamides, she received furosemide 40 mg daily.", "furosemide")]
    [InlineData("He was treated with vancomycin for the allergic reaction workup of his rash.", "vancomycin")]
    [InlineData("Ceftriaxone was started; an allergic reaction to it followed on day 3.", "ceftriaxone")]
    public void ADrugGivenBesideAnAllergyStaysGiven(string text, string generic)
    {
        Assert.Equal("given", DrugFacts.Single(text, generic).Status);
    }

    [Fact]
    public void AnAllergyInAParagraphLeavesTheTreatmentAlone()
    {
        var drugs = DrugFacts.Of(
            "A 58-year-old man with type 2 diabetes presented with fever. He was allergic to ciprofloxacin. " +
            "Blood cultures grew Escherichia coli, and meropenem 1 g every 8 hours was started. He recovered.");
        Assert.DoesNotContain(drugs, d => d.Name == "ciprofloxacin");
        Assert.Contains(drugs, d => d.Name == "meropenem" && d.Status == "given");
    }
}
