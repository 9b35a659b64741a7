namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A follow-up time written before its finding ("At 18 months of follow-up, she remains free of disease", "Four months
/// later, he died") is the figure of a disease-free state, a death or a recurrence; a patient's age is not.
/// </summary>
public sealed class OutcomeLeadingTimeTests
{
    [Theory]
    [InlineData("At 18 months of follow-up, she remains free of disease.", "no-evidence-of-disease", 18.0, "month")]
    [InlineData("At the 3-year follow-up she is well with no evidence of disease.", "no-evidence-of-disease", 3.0, "year")]
    [InlineData("At 40 months after the hepatectomy, the patient is alive with no evidence of a disease.", "no-evidence-of-disease", 40.0, "month")]
    [InlineData("Two years after the end of chemotherapy, he remains without evidence of any disease.", "no-evidence-of-disease", 2.0, "year")]
    [InlineData("Four months later, he died of respiratory failure.", "death", 4.0, "month")]
    [InlineData("Fourteen months after the lobectomy, a recurrence in the mediastinal nodes was found.", "recurrence", 14.0, "month")]
    public void ATimeBeforeTheFindingIsItsFigure(string text, string kind, double value, string unit)
    {
        var outcome = Assert.Single(ClinicalRun.Run(text).Outcomes);
        Assert.Equal((kind, value, unit), (outcome.Kind, outcome.Value, outcome.Unit));
    }

    [Theory]
    [InlineData("At 46 years of age, she had a recurrence of the sarcoma in the thigh.", "recurrence")]
    [InlineData("At 3 months after the second cycle, CT showed a partial response.", "partial-response")]
    public void AnAgeOrTheDateOfAScanIsNoFigure(string text, string kind)
    {
        var outcome = Assert.Single(ClinicalRun.Run(text).Outcomes);
        Assert.Equal((kind, (double?)null), (outcome.Kind, outcome.Value));
    }

    [Fact]
    public void ADiseaseFreeStateUntilALaterTimeLastedThatLong()
    {
        var outcome = Assert.Single(ClinicalRun.Run("After the resection she was disease free until 9 months after the operation.").Outcomes);
        Assert.Equal(("no-evidence-of-disease", 9.0, "month"), (outcome.Kind, outcome.Value, outcome.Unit));
    }
}
