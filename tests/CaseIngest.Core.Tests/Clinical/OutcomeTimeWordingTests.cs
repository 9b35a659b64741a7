namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Times of follow-up written as words past twelve ("eighteen months", "twenty-two months"); an age stays an age.
/// </summary>
public sealed class OutcomeTimeWordingTests
{
    [Theory]
    [InlineData("The patient died eighteen months after the diagnosis.", "death", 18.0, "month")]
    [InlineData("The overall survival was twenty-two months.", "overall-survival", 22.0, "month")]
    [InlineData("Progression-free survival reached fourteen months on erlotinib.", "progression-free-survival", 14.0, "month")]
    [InlineData("At the last visit, thirty-six months after the resection, she had no evidence of disease.", "no-evidence-of-disease", 36.0, "month")]
    [InlineData("She has remained free of disease for seventeen months.", "no-evidence-of-disease", 17.0, "month")]
    public void ATimeWrittenInWordsPastTwelveIsRead(string text, string kind, double value, string unit)
    {
        var outcome = Assert.Single(ClinicalRun.Run(text).Outcomes);
        Assert.Equal((kind, value, unit), (outcome.Kind, outcome.Value!.Value, outcome.Unit!));
    }

    [Theory]
    [InlineData("The patient died at the age of seventy-two years.")]
    public void AnAgeInWordsIsNoTime(string text)
    {
        var outcomes = ClinicalRun.Run(text).Outcomes;
        Assert.DoesNotContain(outcomes, o => o.Value is 72.0);
    }
}
