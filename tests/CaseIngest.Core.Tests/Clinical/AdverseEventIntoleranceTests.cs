namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// An event the patient could not tolerate, or that ended a treatment, is tied to that treatment even when the case
/// first told it as a complaint of its own.
/// </summary>
public sealed class AdverseEventIntoleranceTests
{
    [Theory]
    [InlineData("She presented with nausea from a gastric mass. She started oxaliplatin and capecitabine, but could not tolerate the nausea.")]
    [InlineData("She presented with nausea from a gastric mass. She started oxaliplatin and capecitabine but was unable to tolerate the nausea.")]
    [InlineData("She presented with nausea from a gastric mass. Oxaliplatin and capecitabine were poorly tolerated because of nausea.")]
    [InlineData("She presented with nausea from a gastric mass. Oxaliplatin and capecitabine were terminated after the first week because of nausea.")]
    public void AnEventThePatientCouldNotTolerateIsTheTreatments(string text)
    {
        var adverseEvent = Assert.Single(ClinicalRun.Run(text, text.Contains("Oxaliplatin", StringComparison.Ordinal) ? "Oxaliplatin" : "oxaliplatin", "capecitabine").AdverseEvents);
        Assert.Equal("nausea", adverseEvent.Term);
        Assert.Equal(["oxaliplatin", "capecitabine"], adverseEvent.Therapy);
    }

    [Fact]
    public void AComplaintToldAgainWithoutIntoleranceStaysTheComplaint()
    {
        const string text = "She presented with nausea from a gastric mass. She started oxaliplatin and capecitabine, and the nausea persisted.";
        Assert.Empty(ClinicalRun.Run(text, "oxaliplatin", "capecitabine").AdverseEvents);
    }

    [Theory]
    [InlineData("Therapy with amlodipine and bosentan was not tolerated secondary to orthostatic hypotension.")]
    [InlineData("Amlodipine and bosentan were discontinued because of orthostatic hypotension.")]
    public void TreatmentsNotToleratedBecauseOfAnEventAreItsCause(string text)
    {
        var adverseEvent = Assert.Single(ClinicalRun.Run(text, text.StartsWith("Amlodipine", StringComparison.Ordinal) ? "Amlodipine" : "amlodipine", "bosentan").AdverseEvents);
        Assert.Equal(("orthostatic hypotension", "Hypotension"), (adverseEvent.Term, adverseEvent.CtcaeTerm));
        Assert.Equal(["amlodipine", "bosentan"], adverseEvent.Therapy);
    }

    [Fact]
    public void ADrugGivenForTheEventIsNotItsCause()
    {
        const string text = "Midodrine was started because of orthostatic hypotension.";
        Assert.Empty(ClinicalRun.Run(text, "Midodrine").AdverseEvents);
    }
}
