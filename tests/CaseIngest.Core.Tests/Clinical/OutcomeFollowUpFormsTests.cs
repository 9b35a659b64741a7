namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// The follow-up a disease-free state is told at, in the other ways reports write it: a follow-up period named by its
/// length ("during a follow-up period of 26 months", "at a follow-up of 14 months"), a follow-up visit named by its time earlier in the sentence ("at her 6-week follow-up visit"), and a time
/// with a half ("1½ years", "two and a half years"). A follow-up with no length, or an age, is no figure.
/// </summary>
public sealed class OutcomeFollowUpFormsTests
{
    [Theory]
    [InlineData("She remained free of recurrence during a follow-up period of 26 months.", 26.0, "month")]
    [InlineData("The patient has shown no evidence of disease at a follow-up of 14 months.", 14.0, "month")]
    [InlineData("When seen at her 6-week follow-up visit, there was no evidence of recurrence.", 6.0, "week")]
    [InlineData("At the latest follow-up at 1½ years after surgery, she remained well with no tumour recurrence.", 1.5, "year")]
    [InlineData("At the latest follow-up, 2 and a half years after the last session, she remained asymptomatic with no recurrence.", 2.5, "year")]
    [InlineData("He remains free of disease three and a half years after the operation.", 3.5, "year")]
    public void TheFollowUpIsTheFigureOfTheDiseaseFreeState(string text, double value, string unit)
    {
        var outcome = Assert.Single(ClinicalRun.Run(text).Outcomes);
        Assert.Equal(("no-evidence-of-disease", value, unit), (outcome.Kind, outcome.Value, outcome.Unit));
    }

    [Theory]
    [InlineData("She remained free of disease over the follow-up period.")]
    [InlineData("The 7-year-old boy is free of recurrence.")]
    [InlineData("At her follow-up visit, the 6-year-old girl showed no evidence of recurrence.")]
    [InlineData("During follow-up of the 3-year-old, there was no evidence of disease.")]
    public void AFollowUpWithoutALengthOrAnAgeIsNoFigure(string text)
    {
        var outcome = Assert.Single(ClinicalRun.Run(text).Outcomes);
        Assert.Equal(("no-evidence-of-disease", (double?)null), (outcome.Kind, outcome.Value));
    }
}
