using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Outcome words that tell no course of the patient's disease: a counterfactual or a condition ("had the tumour progressed,
/// we would have", "if progression occurs"), the course of another condition of the patient ("the foot ulcer progressed"),
/// figures of other patients or trials, and a recurrence only feared or ruled out.
/// </summary>
public sealed class OutcomeNotTheCourseTests
{
    private static string Outcomes(string text) => string.Join("; ", Engines.Extract(text).Outcomes.Select(o => $"{o.Kind}|{o.Value}|{o.Unit}"));

    [Theory]
    [InlineData("A 64-year-old man received pembrolizumab for lung adenocarcinoma. Had the tumour progressed, we would have switched to docetaxel.")]
    [InlineData("A 52-year-old woman received nivolumab for melanoma. Had the lesions progressed further, ipilimumab would have been added.")]
    [InlineData("A 58-year-old woman started nivolumab for melanoma. If progression occurs, ipilimumab will be added.")]
    [InlineData("A 70-year-old man was treated with osimertinib. In case of recurrence, a second resection was planned.")]
    [InlineData("A 49-year-old woman received trastuzumab for breast cancer. Should the disease progress, a switch to T-DM1 is planned.")]
    [InlineData("A 66-year-old man received sunitinib for renal cell carcinoma. In the event of progression, cabozantinib would be offered.")]
    public void ACounterfactualOrConditionalCourseIsNoOutcome(string text) => Assert.True(Engines.Extract(text).Outcomes.Count == 0, Outcomes(text));

    [Theory]
    [InlineData("A 55-year-old woman received carboplatin for ovarian cancer. The foot ulcer progressed despite wound care.")]
    [InlineData("A 59-year-old man received nivolumab for melanoma. His chronic kidney disease progressed to stage 4.")]
    [InlineData("A 62-year-old man received cisplatin for head and neck cancer. The skin rash progressed despite topical steroids.")]
    [InlineData("A 61-year-old woman received pembrolizumab for lung cancer. Her diabetes worsened and insulin was increased.")]
    [InlineData("A 72-year-old man received cisplatin for bladder cancer. The urinary tract infection recurred after two weeks.")]
    [InlineData("A 67-year-old woman received letrozole for breast cancer. The cellulitis recurred twice during the summer.")]
    public void TheCourseOfAnotherConditionIsNoOutcome(string text) => Assert.True(Engines.Extract(text).Outcomes.Count == 0, Outcomes(text));

    [Theory]
    [InlineData("A 64-year-old man received pembrolizumab for lung adenocarcinoma. The tumour progressed despite pembrolizumab.")]
    [InlineData("A 64-year-old man received erlotinib for lung adenocarcinoma. He progressed on erlotinib after nine months.")]
    [InlineData("A 64-year-old man received sorafenib for hepatocellular carcinoma. The liver metastases progressed despite sorafenib.")]
    [InlineData("A 64-year-old man received gemcitabine for pancreatic cancer. His metastatic disease progressed after four cycles.")]
    public void TheCourseOfTheTumourIsProgression(string text) =>
        Assert.True(Engines.Extract(text).Outcomes.Any(o => o.Kind == "progressive-disease"), Outcomes(text));

    [Theory]
    [InlineData("A 63-year-old man received pembrolizumab for lung cancer. In KEYNOTE-189, median OS was 22 months with pembrolizumab.")]
    [InlineData("A 57-year-old woman received olaparib for ovarian cancer. In the SOLO-1 trial, median progression-free survival was not reached.")]
    [InlineData("A 60-year-old man received atezolizumab for lung cancer. Previous reports describe complete responses in 10% of patients.")]
    [InlineData("A 52-year-old woman received ipilimumab for melanoma. Complete response rates of 20% have been reported with this combination.")]
    [InlineData("A 68-year-old man received sorafenib for hepatocellular carcinoma. A PET-CT was performed to exclude recurrence.")]
    [InlineData("A 71-year-old woman received capecitabine for colon cancer. A biopsy was taken to rule out local recurrence.")]
    [InlineData("A 54-year-old man received gemcitabine for pancreatic cancer. Recurrence was feared, so a CT was ordered.")]
    [InlineData("A 62-year-old woman received anastrozole for breast cancer. MRI was obtained because of suspected recurrence, which was not confirmed.")]
    public void OtherPatientsAndAFearedRecurrenceAreNoOutcome(string text) => Assert.True(Engines.Extract(text).Outcomes.Count == 0, Outcomes(text));
}
