using CaseIngest.Core.Model;

namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A drug the treatment plan was widened to include, or that the plan was to add or included ("the plan was expanded to
/// include pembrolizumab", "the plan was to add nivolumab", "her plan included letrozole"), is planned; a drug started in
/// line with a plan, or given after the plan to add it, was given.
/// </summary>
public sealed class DrugTreatmentPlanWordingTests
{
    [Theory]
    [InlineData("The treatment plan was expanded to include pembrolizumab alongside the chemotherapy.", "pembrolizumab")]
    [InlineData("The plan was to add nivolumab after the second cycle.", "nivolumab")]
    [InlineData("Her plan included adjuvant letrozole for five years.", "letrozole")]
    [InlineData("The plan is to continue olaparib until progression.", "olaparib")]
    public void ADrugThePlanIncludesIsPlanned(string text, string generic) =>
        Assert.Equal(TreatmentStatus.Planned, DrugFacts.Single(text, generic).Status);

    [Theory]
    [InlineData("Letrozole was started in May, in line with the treatment plan.", "letrozole")]
    [InlineData("The plan was to add nivolumab. Nivolumab was started two weeks later.", "nivolumab")]
    public void ADrugStartedByThePlanIsGiven(string text, string generic) =>
        Assert.Contains(DrugFacts.Of(text), d => d.Name == generic && d.Status == TreatmentStatus.Given);
}
