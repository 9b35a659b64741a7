using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// An event the text tells before a drug was started is no adverse event of that drug: the drug's start told after
/// it in its sentence ("a pulmonary embolism was found, and sorafenib was then started") or the text dating it before
/// the first dose. An event told after the start stays the drug's.
/// </summary>
public sealed class AdverseEventBeforeTreatmentTests
{
    [Theory]
    [InlineData("Case presentation\nA 66-year-old man with hepatocellular carcinoma was referred to our oncology clinic, and sorafenib was recommended. "
        + "Staging CT showed a pulmonary embolism, and sorafenib was then started at 400 mg twice daily.")]
    [InlineData("Case presentation\nA 59-year-old woman with renal cell carcinoma was offered sunitinib. "
        + "Before the first dose of sunitinib, she developed deep vein thrombosis of the left leg.")]
    [InlineData("Case presentation\nA 70-year-old man with hepatocellular carcinoma was offered sorafenib. "
        + "He was found to have ascites; sorafenib was subsequently initiated at a reduced dose.")]
    public void AnEventToldBeforeTheDrugStartedIsNotItsAdverseEvent(string text)
    {
        var record = Engines.Extract(text);
        Assert.NotEmpty(record.Drugs);
        Assert.Empty(record.AdverseEvents);
    }

    [Fact]
    public void AnEventToldAfterTheDrugStartedStaysItsAdverseEvent()
    {
        var record = Engines.Extract(
            "Case presentation\nA 66-year-old man with hepatocellular carcinoma was started on sorafenib at 400 mg twice daily. "
            + "Four weeks later he developed grade 3 hand-foot skin reaction, and sorafenib was then withheld.");
        Assert.Contains(record.AdverseEvents, e => e.Term.Contains("palmar", StringComparison.Ordinal) || e.Term.Contains("hand", StringComparison.Ordinal));
    }
}
