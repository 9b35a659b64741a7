namespace CaseIngest.Core.Tests.Clinical;

public sealed class OutcomeWordingTests
{
    [Theory]
    [InlineData("After four cycles of nivolumab, CT showed new liver lesions consistent with metastases.", "progressive-disease")]
    [InlineData("Three months later, new hepatic metastases appeared.", "progressive-disease")]
    [InlineData("Restaging of the melanoma revealed new metastatic foci in both lungs.", "progressive-disease")]
    [InlineData("A follow-up scan showed complete resolution of the liver metastases.", "regression")]
    [InlineData("By the sixth cycle the pulmonary metastases had disappeared.", "regression")]
    [InlineData("The metastatic melanoma nodules resolved on the next scan.", "regression")]
    public void ReadsProgressionAndRegressionToldAsEventsOfTheLesions(string text, string kind) =>
        Assert.Equal(kind, Assert.Single(ClinicalRun.Run(text).Outcomes).Kind);

    [Theory]
    [InlineData("MRI showed no new lesions in the brain.")]
    [InlineData("MRI of the brain showed new enhancing lesions consistent with demyelination.")]
    [InlineData("The skin lesions resolved within a week after the infliximab was stopped.", "infliximab")]
    [InlineData("She presented with a new mass in the right breast.")]
    public void NewOrResolvedLesionsOfSomethingElseAreNoOutcome(string text, params string[] drugs) =>
        Assert.Empty(ClinicalRun.Run(text, drugs).Outcomes);

    [Theory]
    [InlineData("She received six cycles of oxaliplatin and capecitabine before surgery. Histology of the resected specimen showed no residual tumour.", "oxaliplatin")]
    [InlineData("After neoadjuvant docetaxel, the surgical specimen contained no residual viable carcinoma cells.", "docetaxel")]
    public void NoResidualTumourAfterPreoperativeTreatmentIsAPathologicalCompleteResponse(string text, string drug)
    {
        var outcome = Assert.Single(ClinicalRun.Run(text, drug).Outcomes);
        Assert.Equal("complete-response", outcome.Kind);
    }

    [Theory]
    [InlineData("The tumour was resected en bloc and the pathology report showed no residual tumour.")]
    [InlineData("After two cycles of docetaxel the mass was resected; there was no residual tumour at the margins.", "docetaxel")]
    public void NoResidualTumourWithoutTreatmentBeforeOrAtTheMarginIsNoResponse(string text, params string[] drugs) =>
        Assert.DoesNotContain(ClinicalRun.Run(text, drugs).Outcomes, o => o.Kind == "complete-response");

    [Theory]
    [InlineData("Imaging showed a partial response to olaparib. He remains on treatment with a sustained response of more than 7 months.", "partial-response", 7.0, "month", ">")]
    [InlineData("A complete response was seen on PET. The response has lasted 14 months so far.", "complete-response", 14.0, "month", null)]
    public void ALastingResponseTakesTheKindToldBeforeItWithItsDuration(string text, string kind, double value, string unit, string? qualifier)
    {
        var outcome = Assert.Single(ClinicalRun.Run(text).Outcomes);
        Assert.Equal((kind, value, unit, qualifier), (outcome.Kind, outcome.Value!.Value, outcome.Unit!, outcome.Qualifier));
    }

    [Fact]
    public void ALastingResponseWithoutAKindToldBeforeIsLeftOut() =>
        Assert.Empty(ClinicalRun.Run("He remains on treatment with a durable response of 9 months.").Outcomes);

    [Fact]
    public void ATimeAfterAPassiveClauseIsTheDurationOfAStateFreeOfDisease()
    {
        var outcome = Assert.Single(ClinicalRun.Run("No recurrence has been detected in the patient for 15 months.").Outcomes);
        Assert.Equal(("no-evidence-of-disease", 15.0, "month"), (outcome.Kind, outcome.Value!.Value, outcome.Unit!));
    }

    [Theory]
    [InlineData("In that trial the median progression-free survival was 6.8 months.")]
    [InlineData("With targeted therapy, PFS was 11.4 months compared to a median of 3.1 months with chemotherapy.")]
    [InlineData("The objective response rate was 40%, with a complete response in two patients.")]
    public void CohortFiguresAreNoOutcomesOfTheCase(string text) =>
        Assert.Empty(ClinicalRun.Run(text).Outcomes);

    [Theory]
    [InlineData("She started sunitinib in May. By August the liver lesions had increased in size.", "sunitinib")]
    [InlineData("After two cycles of docetaxel, CT showed enlargement of the hepatic metastases.", "docetaxel")]
    [InlineData("The tumour continued to grow despite four cycles of gemcitabine.", "gemcitabine")]
    public void GrowthOfATumourAfterTreatmentIsProgression(string text, string drug) =>
        Assert.Equal("progressive-disease", Assert.Single(ClinicalRun.Run(text, drug).Outcomes).Kind);

    [Theory]
    [InlineData("After four cycles the liver metastasis had decreased in diameter.")]
    [InlineData("MRI showed a reduction in volume of the residual tumour.")]
    [InlineData("The mass was reduced in volume on the next scan.")]
    public void ShrinkageToldByItsDiameterOrVolumeIsShrinkage(string text) =>
        Assert.Equal("tumor-shrinkage", Assert.Single(ClinicalRun.Run(text).Outcomes).Kind);

    [Theory]
    [InlineData("The mass had increased in size over three months before she sought care.")]
    [InlineData("After two weeks of furosemide the pleural effusion increased in size.", "furosemide")]
    public void GrowthBeforeTreatmentOrOfSomethingElseIsNoProgression(string text, params string[] drugs) =>
        Assert.Empty(ClinicalRun.Run(text, drugs).Outcomes);

    [Theory]
    [InlineData("On nivolumab the lung nodules remained stable on subsequent scans.", "stable-disease")]
    [InlineData("The hepatic metastases have remained radiologically stable since then.", "stable-disease")]
    public void StableLesionsAreStableDisease(string text, string kind) =>
        Assert.Equal(kind, Assert.Single(ClinicalRun.Run(text).Outcomes).Kind);

    [Theory]
    [InlineData("He is alive at 3-year follow-up.", "overall-survival", 3.0, "year")]
    [InlineData("She was alive and well 18 months after the operation.", "overall-survival", 18.0, "month")]
    [InlineData("He died of respiratory failure 2 weeks after admission.", "death", 2.0, "week")]
    [InlineData("The patient died from the disease 14 months after diagnosis.", "death", 14.0, "month")]
    [InlineData("She developed a local recurrence 2 years after surgery.", "recurrence", 2.0, "year")]
    [InlineData("Recurrent nodules were detected in the lung 14 months after the resection.", "recurrence", 14.0, "month")]
    public void ReadsTheTimeOfSurvivalDeathAndRecurrence(string text, string kind, double value, string unit)
    {
        var outcome = Assert.Single(ClinicalRun.Run(text).Outcomes);
        Assert.Equal((kind, value, unit), (outcome.Kind, outcome.Value!.Value, outcome.Unit!));
    }

    [Fact]
    public void ATimeThatDatesNoRecurrenceGivesNoValue()
    {
        var outcome = Assert.Single(ClinicalRun.Run("The tumour recurred and was treated with 6 cycles of chemotherapy.").Outcomes);
        Assert.Equal(("recurrence", (double?)null), (outcome.Kind, outcome.Value));
    }
}
