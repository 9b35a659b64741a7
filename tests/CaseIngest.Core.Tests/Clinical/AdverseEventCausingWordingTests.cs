using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// How a sentence makes a drug the cause of an event in less usual words: the drug as the subject of a past verb of
/// causing ("oxaliplatin caused cold-induced paraesthesia"), an event that came with a course of it ("with the first cycle
/// of docetaxel"); and how often a drug causes an event ("nivolumab rarely causes colitis") tells no event of the patient.
/// </summary>
public sealed class AdverseEventCausingWordingTests
{
    [Theory]
    [InlineData("A 59-year-old woman with colon cancer received CAPOX. Oxaliplatin caused cold-induced paresthesia in her hands.", "paresthesia", "oxaliplatin")]
    [InlineData("A 47-year-old man with a gastrointestinal stromal tumor was treated with imatinib. Imatinib had induced severe muscle cramps.", "muscle cramp", "imatinib")]
    [InlineData("A 64-year-old man with lung cancer was admitted. He experienced grade 3 neutropenia with the first cycle of docetaxel, requiring dose reduction.", "neutropenia", "docetaxel")]
    [InlineData("A 52-year-old woman with ovarian cancer was admitted. A grade 2 hypersensitivity reaction occurred with the second infusion of paclitaxel.", "hypersensitivity reaction", "paclitaxel")]
    public void ADrugTheSentenceMakesTheCauseOwnsTheEvent(string text, string term, string drug)
    {
        var adverseEvent = Assert.Single(Engines.Extract(text).AdverseEvents, e => e.Term == term);
        Assert.Equal([drug], adverseEvent.Therapy);
    }

    [Theory]
    [InlineData("A 66-year-old man with melanoma received nivolumab. Unlike ipilimumab, nivolumab rarely causes colitis.")]
    [InlineData("A 58-year-old woman with breast cancer received paclitaxel. Taxanes are commonly associated with peripheral neuropathy.")]
    [InlineData("A 61-year-old man with renal cell carcinoma received sunitinib. Sunitinib frequently causes hypothyroidism and hypertension.")]
    public void HowOftenADrugCausesAnEventIsNoEventOfThePatient(string text)
    {
        var record = Engines.Extract(text);
        Assert.DoesNotContain(record.AdverseEvents, e => e.Term is "colitis" or "peripheral neuropathy" or "hypothyroidism" or "hypertension");
    }
}
