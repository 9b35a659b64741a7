using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A patient told progression-free at a time of the follow-up or a time after an event ("progression-free at 2 years",
/// "progression-free at the 18-month follow-up", "progression-free 30 months after starting alectinib") has a
/// progression-free survival of that time; an age and a trial's figure are none.
/// </summary>
public sealed class OutcomeProgressionFreeAtTests
{
    [Theory]
    [InlineData("A 45-year-old man with a gastrointestinal stromal tumour was treated with imatinib. He is progression-free at 2 years.", 2.0, "year")]
    [InlineData("A 57-year-old woman with metastatic lung cancer received alectinib. She remains progression-free 30 months after starting alectinib.", 30.0, "month")]
    [InlineData("A 63-year-old man with metastatic melanoma received nivolumab and ipilimumab, and he was progression free at the 18-month follow-up.", 18.0, "month")]
    [InlineData("A 50-year-old woman with ovarian cancer received niraparib as maintenance. She was still progression-free at twelve months.", 12.0, "month")]
    public void AProgressionFreeTimeIsTheProgressionFreeSurvival(string text, double value, string unit)
    {
        var outcome = Assert.Single(Engines.Extract(text).Outcomes, o => o.Kind == "progression-free-survival");
        Assert.Equal((value, unit), (outcome.Value, outcome.Unit));
    }

    [Theory]
    [InlineData("A 55-year-old man with lung cancer received erlotinib. In the pivotal trial, 40% of patients were progression-free at 2 years.")]
    [InlineData("A 45-year-old man with a gastrointestinal stromal tumour was treated with imatinib. The proportion of patients progression-free at 1 year is about 80%.")]
    public void AProgressionFreeShareOfAStudyIsNone(string text) =>
        Assert.DoesNotContain(Engines.Extract(text).Outcomes, o => o.Kind == "progression-free-survival");
}
