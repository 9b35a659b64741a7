namespace CaseIngest.Core.Tests.Clinical;

/// <summary>The time a course of follow-up gives an outcome: "up to", "over the N months of follow-up", "succumbed to", "N weeks later".</summary>
public sealed class OutcomeTimeTests
{
    [Theory]
    [InlineData("The patient has shown no recurrence up to 26 months after the second operation.", "no-evidence-of-disease", 26.0, "month")]
    [InlineData("Over the 14 months of follow-up, no evidence of recurrence was found on MRI.", "no-evidence-of-disease", 14.0, "month")]
    [InlineData("During 3 years of follow-up, there has been no sign of recurrence.", "no-evidence-of-disease", 3.0, "year")]
    [InlineData("She is free of disease at 2 and a half years of follow-up.", "no-evidence-of-disease", 2.5, "year")]
    [InlineData("The patient succumbed to the disease 7 months after the diagnosis.", "death", 7.0, "month")]
    [InlineData("He was still alive and healthy 40 weeks later.", "overall-survival", 40.0, "week")]
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

    [Fact]
    public void ProgressionOfSeveralNamedLesionsIsProgression() =>
        Assert.Contains(ClinicalRun.Run("After the fourth cycle, CT revealed progression of multiple peritoneal metastatic nodules.").Outcomes, o => o.Kind == "progressive-disease");
}
