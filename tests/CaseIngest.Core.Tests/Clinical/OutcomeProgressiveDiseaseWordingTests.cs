namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// "Progressive disease" with words of extent between ("progressive diffuse metastatic disease", "progressive widespread
/// disease") is progressive disease; a denied one is not.
/// </summary>
public sealed class OutcomeProgressiveDiseaseWordingTests
{
    [Theory]
    [InlineData("A repeat CT scan revealed progressive diffuse metastatic disease.")]
    [InlineData("Restaging PET/CT after four cycles showed progressive widespread disease in the liver and bones.")]
    [InlineData("Three months later she had progressive metastatic disease in both lungs.")]
    public void ProgressiveDiseaseWithWordsOfExtentIsProgression(string text) =>
        Assert.Contains(ClinicalRun.Run(text).Outcomes, o => o.Kind == "progressive-disease");

    [Theory]
    [InlineData("The last CT showed no progressive metastatic disease.")]
    public void DeniedProgressiveDiseaseIsNoProgression(string text) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Outcomes, o => o.Kind == "progressive-disease");
}
