namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A time from an event told before the patient is said to be alive ("At the last visit, 26 months after diagnosis,
/// she was alive") is the survival so far, as one told after it is; a time with no event it counts from, an age, or a
/// time told of a death is none.
/// </summary>
public sealed class OutcomeTimeBeforeAliveTests
{
    [Theory]
    [InlineData("At the last visit, 26 months after diagnosis, she was alive and had no symptoms.", 26.0, "month")]
    [InlineData("Three years after the operation, he is alive and works full time.", 3.0, "year")]
    [InlineData("Eighteen months after the start of chemotherapy, the patient remains alive.", 18.0, "month")]
    [InlineData("At the most recent review, 40 weeks after the diagnosis, the patient was still alive.", 40.0, "week")]
    public void ATimeBeforeAliveIsTheSurvival(string text, double value, string unit)
    {
        var outcome = Assert.Single(ClinicalRun.Run(text).Outcomes, o => o.Kind == "overall-survival");
        Assert.Equal((value, unit), (outcome.Value, outcome.Unit));
    }

    [Fact]
    public void ATimeBehindTheVisitItWasToldAtIsTheFigureOfADeniedProgression()
    {
        var outcome = Assert.Single(ClinicalRun.Run("At the last review, 14 months after starting olaparib, the disease had not progressed.").Outcomes);
        Assert.Equal(("no-evidence-of-disease", 14.0, "month"), (outcome.Kind, outcome.Value, outcome.Unit));
    }

    [Theory]
    [InlineData("At the last visit she was alive and had no symptoms.")]
    [InlineData("At 62 years of age, she is alive and well.")]
    [InlineData("At a 2-year follow-up, the patient is alive and still taking tacrolimus.")]
    [InlineData("Two months after the operation, his wife reported that he was no longer alive.")]
    [InlineData("Nine months after diagnosis, he died of pneumonia.")]
    public void ATimeWithNoEventOrOfADeathIsNoSurvival(string text) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Outcomes, o => o.Kind == "overall-survival");
}
