namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// New lesions told only as suggestive of, suspicious for or concerning for a disease are no progression; new lesions
/// the text confirms are.
/// </summary>
public sealed class OutcomeSuggestedLesionsTests
{
    [Theory]
    [InlineData("This past year he returned with over 100 new lesions suggestive of malignancy on his torso.")]
    [InlineData("Follow-up CT after four cycles showed new hepatic lesions suspicious for metastases.")]
    [InlineData("MRI three months later showed two new nodules in the left lobe, concerning for metastatic disease.")]
    public void NewLesionsOnlySuggestedAreNoProgression(string text) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Outcomes, o => o.Kind == "progressive-disease");

    [Theory]
    [InlineData("Follow-up CT after four cycles showed new hepatic lesions consistent with metastases.")]
    public void NewLesionsTheTextConfirmsAreProgression(string text) =>
        Assert.Contains(ClinicalRun.Run(text).Outcomes, o => o.Kind == "progressive-disease");
}
