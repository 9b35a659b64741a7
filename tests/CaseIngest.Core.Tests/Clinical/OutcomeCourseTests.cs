namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Outcomes of a patient followed over time: lesions of a treated cancer that resolved or grew back, a residual tumour
/// that did not grow, metastases that appeared after the operation, and the times the text gives them.
/// </summary>
public sealed class OutcomeCourseTests
{
    [Theory]
    [InlineData("She had a uterine leiomyosarcoma and received radiotherapy to the lung nodules. Follow-up imaging showed near complete resolution of the pulmonary nodules.")]
    [InlineData("He was treated with sunitinib for a gastrointestinal stromal tumour. After two months the hepatic lesions had resolved.", "sunitinib")]
    [InlineData("After three cycles of cisplatin the tumour had almost completely disappeared.", "cisplatin")]
    public void LesionsOfATreatedCancerThatResolvedRegressed(string text, params string[] drugs) =>
        Assert.Contains(ClinicalRun.Run(text, drugs).Outcomes, o => o.Kind == "regression");

    [Theory]
    [InlineData("She received infliximab for Crohn disease. After two months the skin lesions had resolved.", "infliximab")]
    [InlineData("A colon adenocarcinoma was found at colonoscopy. The perianal abscess had resolved.")]
    public void LesionsOfAnotherDiseaseOrBeforeTreatmentAreNoRegression(string text, params string[] drugs) =>
        Assert.DoesNotContain(ClinicalRun.Run(text, drugs).Outcomes, o => o.Kind == "regression");

    [Theory]
    [InlineData("She completed six cycles of temozolomide. A year later MRI showed regrowth of the tumour along the resection cavity.", "temozolomide")]
    [InlineData("He received carboplatin for an ovarian carcinoma; the pelvic mass regrew within four months.", "carboplatin")]
    public void RegrowthOfATreatedTumourIsProgression(string text, string drug) =>
        Assert.Contains(ClinicalRun.Run(text, drug).Outcomes, o => o.Kind == "progressive-disease");

    [Fact]
    public void ARemainingTumourThatDidNotGrowIsStableForItsTime()
    {
        var outcome = Assert.Single(ClinicalRun.Run("The adenoma was debulked through a craniotomy. The remnant tumour showed no evidence of regrowth or spread 2 years after the operation.").Outcomes);
        Assert.Equal(("stable-disease", 2.0, "year"), (outcome.Kind, outcome.Value!.Value, outcome.Unit!));
    }

    [Fact]
    public void NoRegrowthAfterAResectionIsFreedomFromDisease() =>
        Assert.Equal("no-evidence-of-disease", Assert.Single(ClinicalRun.Run("The meningioma was removed completely and there was no tumour regrowth on later scans.").Outcomes).Kind);

    [Theory]
    [InlineData("At 20 months after the first operation, she underwent a partial hepatectomy for liver metastases.", 20.0, "month")]
    [InlineData("Three years after the resection, multiple lung metastases were found on CT.", 3.0, "year")]
    public void MetastasesDatedAfterTheOperationAreARecurrence(string text, double value, string unit)
    {
        var outcome = Assert.Single(ClinicalRun.Run(text).Outcomes);
        Assert.Equal(("recurrence", value, unit), (outcome.Kind, outcome.Value!.Value, outcome.Unit!));
    }

    [Theory]
    [InlineData("At 46 years of age, lung metastases were found on a staging CT.")]
    [InlineData("Two weeks after the biopsy, a staging CT showed no liver metastases.")]
    [InlineData("One month after the operation, the final pathology report showed two lymph node metastases.")]
    [InlineData("Ten days after the resection, a bone scan showed vertebral metastases.")]
    public void MetastasesAtDiagnosisOrDeniedAreNoRecurrence(string text) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Outcomes, o => o.Kind == "recurrence");
}
