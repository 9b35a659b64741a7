namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A microscopic examination is a tissue examination: the condition or the initialism it showed is diagnosed
/// ("Microscopic examination revealed a typical LCH"), as one a biopsy showed is; one it denied or only suggested is not.
/// </summary>
public sealed class DiagnosisMicroscopyWordingTests
{
    [Theory]
    [InlineData("The microscopic examination revealed a typical LCH.", "langerhans cell histiocytosis")]
    [InlineData("Microscopic examination of the resected colon showed colitis with crypt abscesses.", "colitis")]
    [InlineData("Microscopically, the lung nodules showed LCH with many eosinophils.", "langerhans cell histiocytosis")]
    public void AConditionAMicroscopicExaminationShowedIsDiagnosed(string text, string name) =>
        Assert.Contains(name, ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));

    [Theory]
    [InlineData("Microscopic examination showed features suggestive of vasculitis.")]
    [InlineData("Microscopic examination showed no colitis.")]
    public void AConditionAMicroscopicExaminationDeniedOrOnlySuggestedIsNot(string text) =>
        Assert.Empty(ClinicalRun.Run(text).Diagnoses);
}
