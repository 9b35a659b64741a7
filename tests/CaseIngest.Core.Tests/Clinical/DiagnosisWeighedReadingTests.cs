namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A reading "consistent with", "compatible with" or "in keeping with" a condition that only the wording makes a diagnosis
/// (a pneumonia, a pancreatitis, a nephritis) diagnoses it; the same reading denied
/// ("not consistent with", "was felt not to be compatible with") or only weighed ("may be consistent with", "possibly
/// compatible with", "could be in keeping with") diagnoses nothing.
/// </summary>
public sealed class DiagnosisWeighedReadingTests
{
    [Theory]
    [InlineData("The chest radiograph showed bilateral infiltrates consistent with pneumonia.", "pneumonia")]
    [InlineData("The serum lipase was raised and the CT appearances were compatible with acute pancreatitis.", "pancreatitis")]
    [InlineData("The renal biopsy findings were consistent with acute interstitial nephritis.", "interstitial nephritis")]
    [InlineData("Her liver function tests were deranged in a pattern compatible with drug-induced hepatitis.", "hepatitis")]
    [InlineData("The echocardiogram was in keeping with dilated cardiomyopathy.", "cardiomyopathy")]
    public void AReadingOfTheConditionDiagnosesIt(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name.Contains(name, StringComparison.Ordinal));

    [Theory]
    [InlineData("The CT appearances were not consistent with acute pancreatitis.", "pancreatitis")]
    [InlineData("The chest radiograph was not compatible with pneumonia.", "pneumonia")]
    [InlineData("The infiltrates on the chest radiograph may be consistent with pneumonia.", "pneumonia")]
    [InlineData("The renal biopsy findings were possibly compatible with acute interstitial nephritis.", "interstitial nephritis")]
    [InlineData("The raised serum amylase might be consistent with acute pancreatitis.", "pancreatitis")]
    [InlineData("The echocardiographic findings were felt not to be compatible with dilated cardiomyopathy.", "cardiomyopathy")]
    [InlineData("The right lower lobe consolidation could be consistent with pneumonia.", "pneumonia")]
    [InlineData("The appearances were possibly in keeping with an early pneumonia.", "pneumonia")]
    public void AReadingDeniedOrOnlyWeighedDiagnosesNothing(string text, string name) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses, d => d.Name.Contains(name, StringComparison.Ordinal));
}
