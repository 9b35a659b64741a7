namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Findings or evidence of a condition a test revealed, and signs of it the case developed, diagnose it; a bare finding
/// an examination reveals ("revealed hypertension") does not.
/// </summary>
public sealed class DiagnosisFindingWordingTests
{
    [Theory]
    [InlineData("On the third day she developed signs of acute kidney injury with rising creatinine.", "acute kidney injury")]
    [InlineData("Contrast-enhanced CT of the abdomen revealed findings of acute pancreatitis.", "pancreatitis")]
    [InlineData("Bronchoalveolar lavage fluid showed evidence of pneumonia.", "pneumonia")]
    public void AConditionATestRevealsOrWhoseSignsDevelopIsADiagnosis(string text, string name) =>
        Assert.Contains(name, ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));

    [Theory]
    [InlineData("Contrast-enhanced CT of the abdomen revealed no pancreatitis.")]
    [InlineData("There were no signs of acute kidney injury during the admission.")]
    [InlineData("Physical examination revealed hypertension and a palpable supraclavicular mass.")]
    [InlineData("Laboratory tests revealed leukocytosis and a raised C-reactive protein.")]
    public void ADeniedConditionOrAFindingAnExaminationRevealsIsNoDiagnosis(string text) =>
        Assert.Empty(ClinicalRun.Run(text).Diagnoses);
}
