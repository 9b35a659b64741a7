namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A recurrence, progression or spread named only as what the tumour may do ("given its potential for local
/// recurrence", "the possibility of progression") has not happened and is no outcome; one that was found stays one.
/// </summary>
public sealed class OutcomePotentialRecurrenceTests
{
    [Theory]
    [InlineData("Given the potential for local recurrence, she will be seen every six months for three years.", "recurrence")]
    [InlineData("Annual ultrasound follow-up was arranged because of the potential for local recurrence.", "recurrence")]
    [InlineData("Given the potential for tumour recurrence, the patient will have yearly check-ups.", "recurrence")]
    [InlineData("Because of the possibility of local recurrence, a wider re-excision was discussed with her.", "recurrence")]
    [InlineData("Owing to the potential of disease progression, close imaging follow-up was advised.", "progressive-disease")]
    public void AnOutcomeNamedAsAPotentialIsNone(string text, string kind) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Outcomes, o => o.Kind == kind);

    [Theory]
    [InlineData("Despite the potential for cure, a local recurrence was found in the scar one year later.", "recurrence")]
    [InlineData("Eight months after surgery, a recurrence was found at the resection margin.", "recurrence")]
    public void AnOutcomeFoundStaysOne(string text, string kind) =>
        Assert.Contains(ClinicalRun.Run(text).Outcomes, o => o.Kind == kind);
}
