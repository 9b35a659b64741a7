namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A recurrence named as a future possibility the plan provides for ("kept for any future recurrence", "in case of
/// recurrence", "in the event of a relapse") has not happened and is no outcome; a recurrence that was found stays one.
/// </summary>
public sealed class OutcomeFutureRecurrenceTests
{
    [Theory]
    [InlineData("Radiotherapy was kept as an option for any future local recurrence.")]
    [InlineData("In case of recurrence, a wider re-excision would be performed.")]
    [InlineData("In the event of a relapse, she would be offered second-line chemotherapy.")]
    public void AFutureRecurrenceIsNoOutcome(string text) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Outcomes, o => o.Kind == "recurrence");

    [Theory]
    [InlineData("A local recurrence was found in the scar one year later.")]
    [InlineData("In the second year of follow-up, a recurrence was found in the pelvis.")]
    public void ARecurrenceFoundStaysOne(string text) =>
        Assert.Contains(ClinicalRun.Run(text).Outcomes, o => o.Kind == "recurrence");
}
