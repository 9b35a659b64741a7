namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A lesion the case was admitted, referred or presented with, or for ("admitted with bilateral pleural effusions",
/// "presented with a pathological fracture of the femur") is a diagnosis, as a disease given as the reason is; a
/// symptom given as the reason ("admitted with dyspnea") is not, nor a lesion a study only showed.
/// </summary>
public sealed class DiagnosisAdmissionFindingTests
{
    [Theory]
    [InlineData("A 71-year-old woman was admitted with bilateral pleural effusions.", "pleural effusion")]
    [InlineData("She was referred to our department because of a massive left pleural effusion.", "pleural effusion")]
    [InlineData("A 66-year-old man presented with a pathological fracture of the right femur.", "fracture")]
    [InlineData("He was admitted to the surgical ward for a pathological fracture of the humerus.", "fracture")]
    [InlineData("The patient was hospitalized because of tense ascites.", "ascites")]
    [InlineData("A 35-year-old man was admitted with a spontaneous left pneumothorax.", "pneumothorax")]
    public void ALesionTheCaseWasAdmittedWithIsADiagnosis(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name.Contains(name, StringComparison.Ordinal));

    [Theory]
    [InlineData("A 71-year-old woman was admitted with dyspnea and a productive cough.")]
    [InlineData("She was admitted with chest pain. A CT scan showed a small pleural effusion.")]
    [InlineData("He was admitted for drainage of a suspected pleural effusion.")]
    [InlineData("She was admitted to prevent a pathological fracture of the femur.")]
    public void ASymptomOrALesionOnlySeenIsNot(string text) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses, d => d.Name.Contains("effusion", StringComparison.Ordinal)
            || d.Name.Contains("fracture", StringComparison.Ordinal) || d.Name.Contains("dyspnea", StringComparison.Ordinal)
            || d.Name.Contains("cough", StringComparison.Ordinal) || d.Name.Contains("pain", StringComparison.Ordinal));
}
