using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Lesions said to have all or completely vanished in a treated cancer regressed even where the sentence names no organ
/// or tumour ("complete disappearance of the lesions", "all lesions disappeared", "the nodules had completely vanished");
/// lesions of the skin or a mucosa that cleared, and lesions that only resolved in part, are left as they were.
/// </summary>
public sealed class OutcomeWholeVanishedLesionsTests
{
    [Theory]
    [InlineData("A 58-year-old woman with metastatic melanoma received pembrolizumab. After six cycles there was complete disappearance of the lesions.")]
    [InlineData("A 63-year-old man with metastatic renal cell carcinoma was given sunitinib. Follow-up CT demonstrated complete disappearance of all lesions.")]
    [InlineData("A 70-year-old man with metastatic renal cell carcinoma received nivolumab. Imaging showed that the lesions had completely vanished.")]
    [InlineData("A 59-year-old man with metastatic melanoma received pembrolizumab. All lesions disappeared completely.")]
    [InlineData("A 49-year-old woman with metastatic breast cancer was given trastuzumab and pertuzumab. By the ninth month, total resolution of the nodules was noted.")]
    public void LesionsThatAllVanishedInATreatedCancerRegressed(string text) =>
        Assert.Contains(Engines.Extract(text).Outcomes, o => o.Kind == "regression");

    [Theory]
    [InlineData("A 54-year-old woman with metastatic colorectal cancer received FOLFOX. The skin lesions disappeared completely after the cream was stopped.")]
    [InlineData("A 61-year-old man with metastatic lung cancer received pembrolizumab. All oral lesions resolved within a week of mouthwashes.")]
    [InlineData("A 57-year-old woman with metastatic melanoma received nivolumab. Some of the lesions disappeared.")]
    public void SkinOrMucosalLesionsOrSomeLesionsThatVanishedAreNoRegression(string text) =>
        Assert.DoesNotContain(Engines.Extract(text).Outcomes, o => o.Kind == "regression");
}
