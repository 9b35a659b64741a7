using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Less usual wordings of the lesions' course and of the patient's state: lesions that became undetectable regressed,
/// lesions that decreased in number and size shrank, and a patient alive without disease has the survival told with the
/// time, beside the freedom from disease.
/// </summary>
public sealed class OutcomeVanishedLesionWordingTests
{
    [Theory]
    [InlineData("A 57-year-old woman with metastatic colorectal adenocarcinoma received FOLFOX. The liver metastases became undetectable after six cycles.")]
    [InlineData("A 62-year-old man with metastatic renal cell carcinoma was treated with cabozantinib. By the fourth month the lung nodules were completely invisible on CT.")]
    [InlineData("A 45-year-old woman with metastatic breast cancer received trastuzumab and docetaxel. The hepatic lesions have become radiologically undetectable.")]
    public void LesionsThatBecameUndetectableRegressed(string text) =>
        Assert.Contains(Engines.Extract(text).Outcomes, o => o.Kind == "regression");

    [Theory]
    [InlineData("A 57-year-old woman with metastatic colorectal adenocarcinoma received FOLFOX. The liver lesions decreased in number and size.")]
    [InlineData("A 66-year-old man with metastatic melanoma received nivolumab. After 3 months the lung nodules had decreased both in size and number.")]
    [InlineData("A 63-year-old man with metastatic lung adenocarcinoma received carboplatin and pemetrexed. CT revealed that the lesions were obviously reduced.")]
    public void LesionsThatDecreasedInNumberAndSizeShrank(string text) =>
        Assert.Contains(Engines.Extract(text).Outcomes, o => o.Kind == "tumor-shrinkage");

    [Theory]
    [InlineData("A 57-year-old woman with metastatic colorectal adenocarcinoma received FOLFOX. The carcinoembryonic antigen level became undetectable.")]
    [InlineData("A 57-year-old woman with metastatic colorectal adenocarcinoma received FOLFOX. The liver metastases decreased in number.")]
    [InlineData("A 63-year-old man with metastatic lung adenocarcinoma received carboplatin and pemetrexed. The doses were markedly reduced.")]
    public void AMarkerThatBecameUndetectableOrFewerLesionsAloneIsNoOutcome(string text) =>
        Assert.DoesNotContain(Engines.Extract(text).Outcomes, o => o.Kind is "regression" or "tumor-shrinkage");

    [Theory]
    [InlineData("A 61-year-old man with a glioblastoma underwent resection and chemoradiation with temozolomide. He is alive without evidence of disease 4 years after diagnosis.", 4, "year")]
    [InlineData("A 38-year-old woman with a synovial sarcoma of the thigh underwent wide excision. She remains alive and disease-free 30 months after surgery.", 30, "month")]
    [InlineData("A 70-year-old man with a Merkel cell carcinoma of the cheek underwent excision. He is alive with no evidence of recurrence 18 months later.", 18, "month")]
    public void APatientAliveWithoutDiseaseHasTheSurvivalAndNoDisease(string text, double value, string unit)
    {
        var outcomes = Engines.Extract(text).Outcomes;
        var survival = Assert.Single(outcomes, o => o.Kind == "overall-survival");
        Assert.Equal((value, unit), (survival.Value, survival.Unit));
        Assert.Contains(outcomes, o => o.Kind == "no-evidence-of-disease");
    }

    [Theory]
    [InlineData("A 61-year-old man with a glioblastoma was treated with temozolomide. He was alive without treatment for 2 weeks.")]
    [InlineData("A 61-year-old man with a glioblastoma was treated with temozolomide. Patients alive without disease at 5 years are rare.")]
    public void AliveWithoutATimeFromAnEventOrInGeneralIsNoSurvival(string text) =>
        Assert.DoesNotContain(Engines.Extract(text).Outcomes, o => o.Kind == "overall-survival");
}
