using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A scan that denies only spread before any treatment stages the tumour at diagnosis and is no outcome; after a treatment,
/// or with a time after it, the same words say the patient is free of disease.
/// </summary>
public sealed class OutcomeSpreadDeniedAtStagingTests
{
    [Theory]
    [InlineData("A 40-year-old woman was found to have a 6 cm chondrosarcoma of the pelvis. Staging PET-CT showed no FDG-avid metastatic disease.")]
    [InlineData("A 58-year-old man presented with a renal cell carcinoma. CT of the chest revealed no evidence of distant disease, and he underwent nephrectomy.")]
    public void SpreadDeniedAtStagingIsNoOutcome(string text) =>
        Assert.DoesNotContain(Engines.Extract(text).Outcomes, o => o.Kind == "no-evidence-of-disease");

    [Theory]
    [InlineData("A 58-year-old man received six cycles of gemcitabine for a pancreatic adenocarcinoma. Restaging CT showed no evidence of metastatic disease.")]
    [InlineData("A 62-year-old woman had a resected melanoma. Eighteen months later there was no evidence of metastatic disease.")]
    public void SpreadDeniedAfterTreatmentIsStillNoEvidenceOfDisease(string text) =>
        Assert.Contains(Engines.Extract(text).Outcomes, o => o.Kind == "no-evidence-of-disease");
}
