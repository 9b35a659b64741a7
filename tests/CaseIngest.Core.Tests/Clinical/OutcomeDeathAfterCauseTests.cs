namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// The time of a death written after its cause with "after" or "within" ("died from the disease after six months"),
/// or as "a year later", is the figure of the death; a death without a time stays without one.
/// </summary>
public sealed class OutcomeDeathAfterCauseTests
{
    [Theory]
    [InlineData("She received two courses of chemotherapy but died from the disease after six months.", 6.0, "month")]
    [InlineData("He died of progressive liver failure within 3 weeks.", 3.0, "week")]
    [InlineData("The patient sought care elsewhere and died of the disease a year later.", 1.0, "year")]
    [InlineData("He died a month later at home.", 1.0, "month")]
    [InlineData("She died of sepsis after about 10 days.", 10.0, "day")]
    public void ATimeAfterTheCauseOfADeathIsItsFigure(string text, double value, string unit)
    {
        var outcome = Assert.Single(ClinicalRun.Run(text).Outcomes, o => o.Kind == "death");
        Assert.Equal((value, unit), (outcome.Value, outcome.Unit));
    }

    [Theory]
    [InlineData("He died of the disease after a long illness.")]
    [InlineData("She died from pneumonia after the second cycle.")]
    public void ADeathWithoutATimeHasNoFigure(string text)
    {
        var outcome = Assert.Single(ClinicalRun.Run(text).Outcomes, o => o.Kind == "death");
        Assert.Null(outcome.Value);
    }
}
