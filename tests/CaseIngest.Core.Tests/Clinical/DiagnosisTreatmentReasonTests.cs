namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A disease the patient was referred or treated for, told with the care it needed ("referred for further management of
/// his achalasia", "for treatment of her ankylosing spondylitis") or with the drug received for it ("received intravenous
/// antibiotics for a urinary tract infection"), is a diagnosis; a drug received to prevent a disease, one only suspected,
/// and a cause of what may happen in general ("may occur due to zinc deficiency") are not.
/// </summary>
public sealed class DiagnosisTreatmentReasonTests
{
    [Theory]
    [InlineData("A 58-year-old man was referred to our centre for further management of his achalasia.", "achalasia")]
    [InlineData("A 41-year-old woman was referred to our clinic for treatment of her ankylosing spondylitis.", "ankylosing spondylitis")]
    [InlineData("A 36-year-old woman was transferred to the unit for management of an acute fatty liver of pregnancy.", "acute fatty liver of pregnancy")]
    [InlineData("A 65-year-old woman received intravenous antibiotics for a urinary tract infection.", "urinary tract infection")]
    [InlineData("A 30-year-old man was given oral doxycycline for scrub typhus and recovered.", "scrub typhus")]
    public void ADiseaseTheCareOrTheDrugWasForIsADiagnosis(string text, string name) =>
        Assert.Contains(name, ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));

    [Theory]
    [InlineData("A 65-year-old woman received trimethoprim for the prophylaxis of urinary tract infection.")]
    [InlineData("A 65-year-old woman received empirical antibiotics for suspected pneumonia.")]
    [InlineData("A 58-year-old man was referred for evaluation of possible achalasia.")]
    [InlineData("A 60-year-old man on parenteral nutrition had a rash. A similar eruption may occur due to nutritional zinc deficiency.")]
    public void APreventedSuspectedOrGeneralDiseaseIsNot(string text) =>
        Assert.Empty(ClinicalRun.Run(text).Diagnoses);
}
