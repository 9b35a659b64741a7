using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A follow-up scan with nothing to report, told with the time since treatment ("doing well two years after the resection,
/// with a normal MRI"), says the patient of a tumour is free of disease; the same words at the work-up describe a test.
/// </summary>
public sealed class OutcomeQuietFollowUpScanTests
{
    private const string Opening = "A 54-year-old man underwent a right hemicolectomy for an adenocarcinoma of the caecum. ";

    [Theory]
    [InlineData("He was doing well 14 months after the initial surgical procedure, with an unremarkable CT scan.", 14, "month")]
    [InlineData("Two years after the resection he remains well, and his surveillance CT is unremarkable.", 2, "year")]
    [InlineData("At follow-up 9 months after the operation, a repeat MRI was normal.", 9, "month")]
    [InlineData("She is asymptomatic 3 years after surgery and restaging PET-CT remains clear.", 3, "year")]
    public void AQuietScanAtFollowUpIsNoEvidenceOfDisease(string sentence, double value, string unit)
    {
        var record = Engines.Extract(Opening + sentence);
        Assert.Contains(record.Outcomes, o => o.Kind == "no-evidence-of-disease" && o.Value == value && o.Unit == unit);
    }

    [Theory]
    [InlineData("On admission, a CT scan of the abdomen was unremarkable.")]
    [InlineData("Preoperative MRI of the brain was normal and the chest radiograph was clear.")]
    public void AQuietScanAtTheWorkUpIsNoOutcome(string sentence)
    {
        var record = Engines.Extract(Opening + sentence);
        Assert.DoesNotContain(record.Outcomes, o => o.Kind == "no-evidence-of-disease");
    }

    [Fact]
    public void AQuietFollowUpScanOfAConditionThatIsNoTumourIsNoOutcome()
    {
        var record = Engines.Extract("A 61-year-old woman underwent mitral valve repair for severe regurgitation. "
            + "She was doing well 12 months after the operation, with a normal CT scan.");
        Assert.DoesNotContain(record.Outcomes, o => o.Kind == "no-evidence-of-disease");
    }
}
