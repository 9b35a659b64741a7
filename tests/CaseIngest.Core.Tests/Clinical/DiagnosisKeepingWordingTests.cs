namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A reading "in keeping with" a condition diagnoses it as "consistent with" does, and the signs and symptoms of a
/// condition the case developed or presented with diagnose it as "signs of" does; a reading denied or weighed, and signs
/// watched for, taught or denied, diagnose nothing.
/// </summary>
public sealed class DiagnosisKeepingWordingTests
{
    [Theory]
    [InlineData("A 58-year-old man on sunitinib developed signs and symptoms of congestive heart failure after the fourth cycle.", "heart failure")]
    [InlineData("Two weeks later she presented with symptoms and signs of acute pancreatitis.", "pancreatitis")]
    [InlineData("The abdominal CT findings were in keeping with acute pancreatitis.", "pancreatitis")]
    [InlineData("A 47-year-old woman had cough and fever. The chest radiograph was in keeping with a right lower lobe pneumonia.", "pneumonia")]
    [InlineData("Bronchoalveolar lavage was bloody, in keeping with diffuse alveolar hemorrhage.", "diffuse alveolar hemorrhage")]
    public void AReadingInKeepingWithOrTheSignsOfAConditionDiagnoseIt(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name == name);

    [Theory]
    [InlineData("The findings were not in keeping with acute pancreatitis.", "pancreatitis")]
    [InlineData("The appearances may be in keeping with an early pneumonia.", "pneumonia")]
    [InlineData("He was monitored closely for signs and symptoms of congestive heart failure.", "heart failure")]
    [InlineData("She had no signs or symptoms of pneumonia at discharge.", "pneumonia")]
    [InlineData("The patient was taught the signs and symptoms of acute pancreatitis before discharge.", "pancreatitis")]
    public void AReadingDeniedOrWeighedAndSignsWatchedForDiagnoseNothing(string text, string name) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses, d => d.Name == name);
}
