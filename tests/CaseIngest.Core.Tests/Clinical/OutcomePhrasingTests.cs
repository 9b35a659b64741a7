namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Outcomes told in other words than their category's name: a response told by its verb ("responded partially"),
/// lesions no longer seen, shrinkage of the tumour's size or burden, survival as "alive at" a time, and a progression
/// that is only the rule that ends a treatment.
/// </summary>
public sealed class OutcomePhrasingTests
{
    private const string Diagnosed = "A 62-year-old man was diagnosed with metastatic lung adenocarcinoma. ";

    [Theory]
    [InlineData("The patient responded partially to erlotinib.", "erlotinib", "partial-response")]
    [InlineData("The tumor responded completely to pembrolizumab.", "pembrolizumab", "complete-response")]
    [InlineData("After two cycles the lesions had partially responded to docetaxel.", "docetaxel", "partial-response")]
    [InlineData("The nodes responded almost completely to nivolumab.", "nivolumab", "partial-response")]
    public void AResponseToldByItsVerbAndItsMeasureIsThatResponse(string sentence, string drug, string kind)
    {
        var outcome = Assert.Single(ClinicalRun.Run(Diagnosed + sentence, drug).Outcomes);
        Assert.Equal((kind, drug), (outcome.Kind, Assert.Single(outcome.Therapy)));
    }

    [Theory]
    [InlineData("He did not respond to nivolumab.", "nivolumab")]
    [InlineData("The tumour responded well to nivolumab.", "nivolumab")]
    public void AResponseVerbWithoutItsMeasureOrDeniedIsNoOutcome(string sentence, string drug) =>
        Assert.Empty(ClinicalRun.Run(Diagnosed + sentence, drug).Outcomes);

    [Theory]
    [InlineData("After six cycles of capecitabine the liver metastases were no longer visible on CT.", "capecitabine")]
    [InlineData("On the next scan the pulmonary nodules were no longer detectable.", "capecitabine")]
    public void LesionsNoLongerSeenHaveRegressed(string sentence, string drug) =>
        Assert.Equal("regression", Assert.Single(ClinicalRun.Run(Diagnosed + "He received capecitabine. " + sentence, drug).Outcomes).Kind);

    [Fact]
    public void AnEffusionNoLongerVisibleIsNoRegression() =>
        Assert.Empty(ClinicalRun.Run("The pleural effusion was no longer visible after drainage.").Outcomes);

    [Theory]
    [InlineData("Follow-up imaging after three months of lenvatinib showed a marked reduction in tumour size.", "lenvatinib")]
    [InlineData("After two cycles of pemetrexed, CT showed a decrease in tumor burden.", "pemetrexed")]
    [InlineData("MRI after temozolomide showed a reduction in lesion volume.", "temozolomide")]
    public void AReductionOfTheTumoursSizeOrBurdenIsShrinkage(string sentence, string drug) =>
        Assert.Equal("tumor-shrinkage", Assert.Single(ClinicalRun.Run(Diagnosed + sentence, drug).Outcomes).Kind);

    [Theory]
    [InlineData("He is alive at 12 months.", 12.0, "month")]
    [InlineData("The patient was still alive at two years.", 2.0, "year")]
    public void AliveAtATimeIsTheSurvivalSoFar(string sentence, double value, string unit)
    {
        var outcome = Assert.Single(ClinicalRun.Run(Diagnosed + sentence).Outcomes);
        Assert.Equal(("overall-survival", value, unit), (outcome.Kind, outcome.Value!.Value, outcome.Unit!));
    }

    [Fact]
    public void AliveAtAnAgeIsNoSurvival() =>
        Assert.Empty(ClinicalRun.Run("A boy born with the defect was alive at 18 months of age when he was first seen.").Outcomes);

    [Theory]
    [InlineData("Pembrolizumab was continued until disease progression or unacceptable toxicity.", "pembrolizumab")]
    [InlineData("Osimertinib was to be given until radiological progression, death or withdrawal of consent.", "osimertinib")]
    public void AProgressionThatEndsATreatmentByRuleIsNoOutcome(string sentence, string drug) =>
        Assert.Empty(ClinicalRun.Run(Diagnosed + sentence, drug).Outcomes);

    [Fact]
    public void AProgressionThatEndedTheTreatmentIsProgression() =>
        Assert.Equal("progressive-disease", Assert.Single(ClinicalRun.Run(Diagnosed + "Erlotinib was given until disease progression in May 2019.", "erlotinib").Outcomes).Kind);

    [Theory]
    [InlineData("After neoadjuvant docetaxel she achieved a pCR.", "docetaxel")]
    [InlineData("After neoadjuvant docetaxel and surgery, ypCR was confirmed.", "docetaxel")]
    public void APathologicalCompleteResponseByItsAbbreviationIsACompleteResponse(string sentence, string drug) =>
        Assert.Equal("complete-response", Assert.Single(ClinicalRun.Run(Diagnosed + sentence, drug).Outcomes).Kind);

    [Theory]
    [InlineData("The PCR for SARS-CoV-2 was negative.")]
    [InlineData("A pCR was not achieved after neoadjuvant docetaxel.", "docetaxel")]
    public void TheAssayOrADeniedPcrIsNoResponse(string sentence, params string[] drugs) =>
        Assert.Empty(ClinicalRun.Run(Diagnosed + sentence, drugs).Outcomes);

    [Fact]
    public void CrDefinedAsCompleteRemissionIsARemissionWhereverItStands()
    {
        var outcomes = ClinicalRun.Run("Complete remission (CR) was achieved after two cycles of cytarabine. She remained in CR for 2 years.", "cytarabine").Outcomes;
        Assert.All(outcomes, o => Assert.Equal("remission", o.Kind));
        Assert.NotEmpty(outcomes);
    }

    [Fact]
    public void HyperprogressionIsProgression() =>
        Assert.Equal("progressive-disease", Assert.Single(ClinicalRun.Run(Diagnosed + "Hyperprogression was observed after the first dose of nivolumab.", "nivolumab").Outcomes).Kind);

    [Theory]
    [InlineData("The liver metastases decreased markedly in size after 3 cycles of eribulin.", "eribulin")]
    [InlineData("The liver metastases markedly decreased after 3 cycles of eribulin.", "eribulin")]
    public void LesionsThatDecreasedHaveShrunk(string sentence, string drug) =>
        Assert.Equal("tumor-shrinkage", Assert.Single(ClinicalRun.Run(Diagnosed + sentence, drug).Outcomes).Kind);

    [Fact]
    public void LesionsThatDecreasedInNumberHaveNotShrunk() =>
        Assert.DoesNotContain(ClinicalRun.Run(Diagnosed + "The liver metastases decreased in number after eribulin.", "eribulin").Outcomes, o => o.Kind == "tumor-shrinkage");

    [Theory]
    [InlineData("After 4 cycles of nivolumab, the tumor was found to have progressed.", "nivolumab")]
    [InlineData("At restaging after docetaxel the liver metastases were judged to have progressed.", "docetaxel")]
    public void ATumourFoundToHaveProgressedIsProgression(string sentence, string drug) =>
        Assert.Equal("progressive-disease", Assert.Single(ClinicalRun.Run(Diagnosed + sentence, drug).Outcomes).Kind);

    [Theory]
    [InlineData("She passed away at home 7 months after diagnosis.", 7.0, "month")]
    [InlineData("He died in hospital 3 weeks after the operation.", 3.0, "week")]
    public void TheTimeAfterThePlaceOfDeathIsItsTime(string sentence, double value, string unit)
    {
        var outcome = Assert.Single(ClinicalRun.Run(Diagnosed + sentence).Outcomes);
        Assert.Equal(("death", value, unit), (outcome.Kind, outcome.Value!.Value, outcome.Unit!));
    }
}
