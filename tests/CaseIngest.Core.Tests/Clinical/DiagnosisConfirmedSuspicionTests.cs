namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A condition first only suspected is a diagnosis when the rest of its sentence confirms it ("suspicion of pulmonary
/// embolism, which was confirmed by CT angiography"); a suspicion left unconfirmed is not.
/// </summary>
public sealed class DiagnosisConfirmedSuspicionTests
{
    [Theory]
    [InlineData("There was a strong suspicion of pulmonary embolism, which was confirmed by CT angiography.", "pulmonary embolism")]
    [InlineData("She was taken to the operating room for concern for upper airway obstruction, which was confirmed by laryngoscopy.", "upper airway obstruction")]
    [InlineData("Acute pancreatitis was suspected and confirmed by an elevated lipase and CT.", "pancreatitis")]
    [InlineData("Bacterial meningitis was suspected and later confirmed by cerebrospinal fluid culture.", "meningitis")]
    [InlineData("A presumed diagnosis of pneumonia was later confirmed by chest radiography.", "pneumonia")]
    [InlineData("Findings suggestive of cholangitis were confirmed at ERCP.", "cholangitis")]
    [InlineData("The possibility of sepsis was raised and confirmed by positive blood cultures.", "sepsis")]
    public void ASuspicionTheSentenceConfirmsIsADiagnosis(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name.Contains(name, StringComparison.Ordinal) && d.Patient == "P1");

    [Theory]
    [InlineData("There was a suspicion of pulmonary embolism, which was not confirmed.", "pulmonary embolism")]
    [InlineData("Pneumonia was suspected but not confirmed.", "pneumonia")]
    [InlineData("Meningitis was suspected, and a lumbar puncture was performed.", "meningitis")]
    [InlineData("No pneumothorax was seen, and the chest tube was confirmed in position.", "pneumothorax")]
    [InlineData("Her history includes nephrotic syndrome, which was confirmed to be minimal change disease by renal biopsy.", "nephrotic syndrome")]
    public void AnUnconfirmedSuspicionIsNot(string text, string name) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses, d => d.Name == name);
}
