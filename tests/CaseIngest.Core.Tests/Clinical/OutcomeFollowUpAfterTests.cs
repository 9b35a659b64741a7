namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A disease-free state dated by the follow-up told after it ("no recurrence at the 2-year follow-up", "no recurrence at
/// the last follow-up, 14 months postoperatively", "free of disease to date, 5 years after the operation") or by a
/// follow-up "for" a time before it lasted that long; an age or a count of cycles is no such time.
/// </summary>
public sealed class OutcomeFollowUpAfterTests
{
    [Theory]
    [InlineData("There was no local recurrence or distant metastasis at the 2-year follow-up.", 2.0, "year")]
    [InlineData("CT showed no evidence of recurrence at 18-month follow-up.", 18.0, "month")]
    [InlineData("He was doing well with no recurrence at the last follow-up, 14 months postoperatively.", 14.0, "month")]
    [InlineData("There has been no sign of recurrent disease to date, 5 years after the operation.", 5.0, "year")]
    [InlineData("She remains without recurrence at the latest visit, 30 months after surgery.", 30.0, "month")]
    [InlineData("Regular follow-up for 36 months revealed no recurrence or metastasis.", 36.0, "month")]
    [InlineData("Clinical follow-up over 4 years has shown no evidence of disease.", 4.0, "year")]
    public void AFollowUpTimeAroundADiseaseFreeStateIsHowLongItLasted(string text, double value, string unit)
    {
        var outcome = Assert.Single(ClinicalRun.Run(text).Outcomes, o => o.Kind == "no-evidence-of-disease");
        Assert.Equal((value, unit), (outcome.Value, outcome.Unit));
    }

    [Theory]
    [InlineData("There was no recurrence of the tumour in her son, who was operated on at 3 years of age.")]
    [InlineData("There was no recurrence after 4 cycles of adjuvant chemotherapy.")]
    [InlineData("No recurrence was found; she had a second child at the age of 32 years.")]
    public void AnAgeOrACountOfCyclesIsNoSuchTime(string text) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Outcomes, o => o.Kind == "no-evidence-of-disease" && o.Value is not null);
}
