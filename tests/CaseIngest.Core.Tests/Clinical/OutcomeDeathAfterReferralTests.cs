namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A death told in a clause of its own after a referral or an offer ("was referred for best supportive care and died
/// 31 months after the diagnosis") is the patient's death with its time: what was referred or offered does not reach
/// past the coordinated verb; a death only foreseen in the referral stays none.
/// </summary>
public sealed class OutcomeDeathAfterReferralTests
{
    [Theory]
    [InlineData("A 52-year-old man with colon adenocarcinoma received regorafenib. He was referred for best supportive care and died 31 months after the diagnosis.", 31, "month")]
    [InlineData("A 67-year-old woman with pancreatic adenocarcinoma received gemcitabine. She was referred for palliative care and passed away 6 weeks later.", 6, "week")]
    [InlineData("A 74-year-old man with hepatocellular carcinoma received sorafenib. He was offered hospice care and died 2 months later at home.", 2, "month")]
    [InlineData("A 59-year-old woman with cholangiocarcinoma received cisplatin. Palliative radiotherapy was recommended, and she succumbed to the disease 5 weeks later.", 5, "week")]
    [InlineData("A 63-year-old man with gastric adenocarcinoma received FOLFOX. He was referred for symptom control and expired 3 months after the last cycle.", 3, "month")]
    public void ADeathAfterAReferralIsADeathWithItsTime(string text, int value, string unit)
    {
        var death = Assert.Single(ClinicalRun.Run(text).Outcomes, o => o.Kind == "death");
        Assert.Equal((double)value, death.Value);
        Assert.StartsWith(unit, death.Unit, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A 70-year-old man with mesothelioma received pemetrexed. He was referred for best supportive care.")]
    [InlineData("A 61-year-old woman with ovarian carcinoma received carboplatin. She was referred for hospice care, where patients usually die within weeks.")]
    [InlineData("A 58-year-old man with glioblastoma received temozolomide. He was referred for palliative care to prevent a death in hospital.")]
    public void AReferralWithoutADeathToldIsNoDeath(string text) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Outcomes, o => o.Kind == "death");
}
