namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Studies a test names ("nerve conduction studies", "imaging studies", "serological studies") are the case's own
/// tests: a condition they confirm is a diagnosis. Studies no test names ("previous studies", "studies have shown")
/// speak of patients in general, and a condition in such a sentence is none.
/// </summary>
public sealed class DiagnosisTestStudiesTests
{
    [Theory]
    [InlineData("Nerve conduction studies confirmed a demyelinating sensory-motor neuropathy.", "neuropathy")]
    [InlineData("Electrophysiological studies were consistent with Guillain-Barre syndrome.", "guillain-barre syndrome")]
    [InlineData("Imaging studies confirmed acute necrotizing pancreatitis.", "pancreatitis")]
    [InlineData("Serological studies confirmed acute hepatitis B.", "hepatitis b")]
    [InlineData("On the third day, Doppler studies confirmed deep vein thrombosis of the left popliteal vein.", "deep vein thrombosis")]
    public void AConditionStudiesOfTheCaseConfirmIsADiagnosis(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name.Contains(name, StringComparison.Ordinal));

    [Theory]
    [InlineData("Previous studies confirmed that pancreatitis may follow this treatment.")]
    [InlineData("Several studies have reported deep vein thrombosis in up to a third of such cases.")]
    [InlineData("Imaging studies in large series were consistent with pancreatitis in most patients.")]
    public void AConditionInASentenceAboutStudiesInGeneralIsNone(string text) =>
        Assert.Empty(ClinicalRun.Run(text).Diagnoses);
}
