namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// The time a course of follow-up gives an outcome: "up to", "over the N months of follow-up", "succumbed to", "N weeks
/// later", "within N weeks of", "after N months", "N months postoperatively", a time set off by a comma.
/// </summary>
public sealed class OutcomeTimeTests
{
    [Theory]
    [InlineData("The patient has shown no recurrence up to 26 months after the second operation.", "no-evidence-of-disease", 26.0, "month")]
    [InlineData("Over the 14 months of follow-up, no evidence of recurrence was found on MRI.", "no-evidence-of-disease", 14.0, "month")]
    [InlineData("During 3 years of follow-up, there has been no sign of recurrence.", "no-evidence-of-disease", 3.0, "year")]
    [InlineData("She is free of disease at 2 and a half years of follow-up.", "no-evidence-of-disease", 2.5, "year")]
    [InlineData("The patient succumbed to the disease 7 months after the diagnosis.", "death", 7.0, "month")]
    [InlineData("He was still alive and healthy 40 weeks later.", "overall-survival", 40.0, "week")]
    [InlineData("She has been followed up for 3 years without any recurrence.", "no-evidence-of-disease", 3.0, "year")]
    [InlineData("He died within 3 weeks of the operation.", "death", 3.0, "week")]
    [InlineData("She died peacefully at home, 9 months after the diagnosis.", "death", 9.0, "month")]
    [InlineData("The sarcoma relapsed after 16 months.", "recurrence", 16.0, "month")]
    [InlineData("A local recurrence was found 20 months postoperatively.", "recurrence", 20.0, "month")]
    [InlineData("The overall survival time was 31 months.", "overall-survival", 31.0, "month")]
    [InlineData("She remained progression-free for 22 months on letrozole.", "progression-free-survival", 22.0, "month")]
    [InlineData("The patient is doing well 5 years after the lobectomy, with no signs of recurrence.", "no-evidence-of-disease", 5.0, "year")]
    public void ReadsTheTimeOfTheOutcome(string text, string kind, double value, string unit)
    {
        var outcome = Assert.Single(ClinicalRun.Run(text).Outcomes);
        Assert.Equal((kind, value, unit), (outcome.Kind, outcome.Value!.Value, outcome.Unit!));
    }

    [Theory]
    [InlineData("After treatment with gemcitabine, the tumour was reduced to 18 mm.", "gemcitabine")]
    [InlineData("The hepatic metastasis decreased in size to 1.2 cm after four cycles of FOLFOX.")]
    public void ATumourReducedToAMeasureShrank(string text, params string[] drugs) =>
        Assert.Contains(ClinicalRun.Run(text, drugs).Outcomes, o => o.Kind == "tumor-shrinkage");

    [Theory]
    [InlineData("The pulmonary nodules remained unchanged on CT for 18 months.")]
    [InlineData("On the next scan the liver metastases were largely unchanged.")]
    public void LesionsThatRemainedUnchangedAreStable(string text) =>
        Assert.Equal("stable-disease", Assert.Single(ClinicalRun.Run(text).Outcomes).Kind);

    [Fact]
    public void ASizeThatReducedIsShrinkage() =>
        Assert.Equal("tumor-shrinkage", Assert.Single(ClinicalRun.Run("After two cycles the tumour size reduced markedly.").Outcomes).Kind);

    [Fact]
    public void LesionsThatIncreasedInNumberAfterTreatmentProgressed() =>
        Assert.Contains(ClinicalRun.Run("Despite sorafenib, the hepatic lesions increased in number and size.", "sorafenib").Outcomes, o => o.Kind == "progressive-disease");

    [Fact]
    public void ProgressionOfSeveralNamedLesionsIsProgression() =>
        Assert.Contains(ClinicalRun.Run("After the fourth cycle, CT revealed progression of multiple peritoneal metastatic nodules.").Outcomes, o => o.Kind == "progressive-disease");
}
