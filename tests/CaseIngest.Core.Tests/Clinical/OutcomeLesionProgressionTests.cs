using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A progression named by the lesion that progressed ("lesion progression", "rapid nodule progression") and a growth told
/// as an increase in the tumour's own size ("an increase in tumour size") after a treatment are progressive disease; the
/// same words before any treatment tell how the disease came to notice and are none.
/// </summary>
public sealed class OutcomeLesionProgressionTests
{
    [Theory]
    [InlineData("A 72-year-old man with a squamous cell carcinoma of the scalp was treated with topical fluorouracil for ten weeks. Despite the treatment, rapid nodule progression was seen on the scalp.")]
    [InlineData("A 59-year-old woman with a melanoma of the calf was started on pembrolizumab. Two months later the CT scan showed lesion progression in the liver.")]
    [InlineData("A 34-year-old man with a synovial sarcoma of the knee received four cycles of doxorubicin and ifosfamide. After the fourth cycle, mass progression was noted on MRI.")]
    [InlineData("A 72-year-old man with a squamous cell carcinoma of the skin was treated with topical fluorouracil for ten weeks. The CT then showed an increase in tumour size to 4.1 cm.")]
    [InlineData("A 45-year-old woman with a desmoid tumour of the abdominal wall was given sorafenib. At the next visit an increase in lesion diameter was measured on ultrasound.")]
    public void ALesionThatProgressedAfterTreatmentIsProgressiveDisease(string text) =>
        Assert.Contains(Engines.Extract(text).Outcomes, o => o.Kind == "progressive-disease");

    [Theory]
    [InlineData("A 60-year-old man was referred with a liposarcoma of the thigh. An increase in tumour size over the preceding year had prompted the referral.")]
    [InlineData("A 55-year-old woman had a nodule in the left breast. Lesion progression over four months led her to seek care, and a biopsy showed a ductal carcinoma.")]
    public void TheSameWordsBeforeAnyTreatmentAreNoOutcome(string text) =>
        Assert.DoesNotContain(Engines.Extract(text).Outcomes, o => o.Kind == "progressive-disease");
}
