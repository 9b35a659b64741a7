using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A drug given and then held for good because of an event ("sorafenib had been withheld", "was put on hold") is still a
/// mention of the drug given, so the event told beside the hold stays its adverse event.
/// </summary>
public sealed class AdverseEventHeldDrugMentionTests
{
    [Theory]
    [InlineData("Case presentation\nA 61-year-old woman with renal cell carcinoma was started on pazopanib 800 mg daily. "
        + "Her blood pressure was normal for two months. Pazopanib had then been withheld for grade 3 hepatitis.", "pazopanib")]
    [InlineData("Case presentation\nA 57-year-old man with hepatocellular carcinoma was started on lenvatinib 12 mg daily. "
        + "His weight was stable. Lenvatinib was put on hold for grade 3 proteinuria.", "lenvatinib")]
    [InlineData("Case presentation\nA 49-year-old woman with a gastrointestinal stromal tumour was started on imatinib 400 mg daily. "
        + "Her appetite was good. Imatinib (400 mg) was then withheld for grade 3 neutropenia.", "imatinib")]
    public void AnEventBesideAHoldOfADrugGivenIsItsAdverseEvent(string text, string therapy)
    {
        var record = Engines.Extract(text);
        Assert.Contains(record.AdverseEvents, e => e.Therapy.Contains(therapy));
    }
}
