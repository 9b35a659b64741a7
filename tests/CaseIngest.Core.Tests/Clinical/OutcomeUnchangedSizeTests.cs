using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A tumour whose size the text says did not change once treatment had begun is stable disease, whichever way the
/// denial is worded ("no obvious change in the size of the lesions", "the nodules showed no significant change in size",
/// "the mass did not change in size"), with the time it held when one is told. A change of something else, a size
/// unchanged before any treatment, and a condition are none.
/// </summary>
public sealed class OutcomeUnchangedSizeTests
{
    [Theory]
    [InlineData("A 60-year-old man with metastatic lung adenocarcinoma received osimertinib. CT showed no obvious change in the size of the lesions.")]
    [InlineData("A 66-year-old woman with metastatic breast cancer received palbociclib and letrozole. Repeated CT showed no significant change in the size of the liver lesions.")]
    [InlineData("A 55-year-old man with a gastrointestinal stromal tumour was given imatinib. Three months later the hepatic nodules showed no significant change in size.")]
    [InlineData("A 71-year-old woman with metastatic thyroid carcinoma was treated with lenvatinib. On the follow-up scan the mass had not changed in size.")]
    [InlineData("A 64-year-old man with metastatic renal cell carcinoma received cabozantinib, and MRI at 6 months revealed no appreciable alteration in the dimensions of the adrenal metastasis.")]
    public void ASizeThatDidNotChangeOnTreatmentIsStableDisease(string text) =>
        Assert.Contains(Engines.Extract(text).Outcomes, o => o.Kind == "stable-disease");

    [Fact]
    public void TheTimeTheSizeHeldIsTheDuration()
    {
        var text = "A 62-year-old woman with metastatic ovarian cancer received olaparib. There was no significant change in the size of the peritoneal nodules for 9 months.";
        var outcome = Assert.Single(Engines.Extract(text).Outcomes, o => o.Kind == "stable-disease");
        Assert.Equal((9.0, "month"), (outcome.Value, outcome.Unit));
    }

    [Theory]
    [InlineData("A 60-year-old man with metastatic lung adenocarcinoma received osimertinib. There was no change in the dose of osimertinib.")]
    [InlineData("A 52-year-old woman presented with a thyroid nodule. Ultrasound over two years showed no change in the size of the nodule, and a papillary carcinoma was resected.")]
    [InlineData("A 67-year-old man with metastatic prostate cancer received enzalutamide. A scan was planned to confirm no change in the size of the bone lesions.")]
    [InlineData("A 58-year-old woman with metastatic melanoma received nivolumab. The lesions showed no change in signal intensity.")]
    public void AChangeOfSomethingElseBeforeTreatmentOrAsAnAimIsNoStableDisease(string text) =>
        Assert.DoesNotContain(Engines.Extract(text).Outcomes, o => o.Kind == "stable-disease");
}
