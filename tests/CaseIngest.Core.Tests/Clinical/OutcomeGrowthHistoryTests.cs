namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A growth told as the history the patient brought ("the mass had grown slowly over the past three years", "the lump had
/// enlarged over several years before she sought care") is how the tumour came to notice, not its course, even where a
/// treatment is named before it; a growth on or after a treatment stays a progression.
/// </summary>
public sealed class OutcomeGrowthHistoryTests
{
    [Theory]
    [InlineData("A 63-year-old man with a gastrointestinal stromal tumour was started on imatinib. He recalled that the abdominal mass had grown slowly over the past three years.", "imatinib")]
    [InlineData("She received tamoxifen for the breast cancer. The neck mass had enlarged over several years before she sought care, and biopsy showed a parotid tumour.", "tamoxifen")]
    [InlineData("The pelvic mass had enlarged over the previous six months before her referral, and she later received letrozole.", "letrozole")]
    public void AGrowthBeforePresentationIsNoProgression(string text, string drug) =>
        Assert.DoesNotContain(ClinicalRun.Run(text, drug).Outcomes, o => o.Kind == "progressive-disease");

    [Theory]
    [InlineData("A 63-year-old man with a gastrointestinal stromal tumour was started on imatinib. After six months the liver metastases had grown.", "imatinib")]
    [InlineData("She received four cycles of docetaxel, but the lung nodules continued to grow over the past two months despite treatment.", "docetaxel")]
    public void AGrowthOnTreatmentStaysAProgression(string text, string drug) =>
        Assert.Contains(ClinicalRun.Run(text, drug).Outcomes, o => o.Kind == "progressive-disease");
}
