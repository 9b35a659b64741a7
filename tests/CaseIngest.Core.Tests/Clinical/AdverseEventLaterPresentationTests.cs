using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// "Presented with" names the reason for the first presentation, whose complaints are the disease's; told again after
/// an anticancer treatment was given and dated by it ("three months later", "while on", "after the second cycle"), it
/// tells a new episode, and its events are the treatment's.
/// </summary>
public sealed class AdverseEventLaterPresentationTests
{
    [Theory]
    [InlineData("Case presentation\nA 64-year-old man with metastatic melanoma was started on pembrolizumab 200 mg every three weeks. "
        + "Three months later he presented with fatigue, and thyroid function tests showed hypothyroidism.", "pembrolizumab", "hypothyroidism")]
    [InlineData("Case presentation\nA 57-year-old woman with EGFR-mutant lung adenocarcinoma was treated with osimertinib 80 mg daily. "
        + "Four months later, she presented with dyspnoea; CT showed bilateral pneumonitis.", "osimertinib", "pneumonitis")]
    [InlineData("Case presentation\nA 49-year-old woman with metastatic colorectal cancer received cetuximab every two weeks. "
        + "During the second month of treatment she presented to our clinic with diarrhoea and vomiting.", "cetuximab", "diarrhea")]
    [InlineData("Case presentation\nA 71-year-old man with renal cell carcinoma was started on sunitinib 50 mg daily. "
        + "Two weeks after the first dose, he presented with mucositis and hand-foot skin reaction.", "sunitinib", "mucositis")]
    [InlineData("Case presentation\nA 52-year-old man with a gastrointestinal stromal tumour was treated with imatinib 400 mg daily. "
        + "While on imatinib, he presented with periorbital oedema and fatigue.", "imatinib", "fatigue")]
    public void AnEventPresentedWithAfterTheTreatmentStartedIsItsAdverseEvent(string text, string drug, string term)
    {
        var record = Engines.Extract(text);
        var adverseEvent = Assert.Single(record.AdverseEvents, e => e.Term == term);
        Assert.Equal([drug], adverseEvent.Therapy);
    }

    [Theory]
    [InlineData("Case presentation\nA 62-year-old man presented with dyspnoea and fatigue. CT showed a mass in the right upper lobe, and biopsy confirmed "
        + "adenocarcinoma with an EGFR exon 19 deletion. He was started on osimertinib 80 mg daily.")]
    [InlineData("Case presentation\nA 55-year-old woman presented to the emergency department with diarrhoea and weight loss. Colonoscopy revealed a "
        + "sigmoid adenocarcinoma, and she was then treated with capecitabine and oxaliplatin.")]
    [InlineData("Case presentation\nA 48-year-old woman presented with a breast lump and fatigue. Core biopsy showed invasive ductal carcinoma, "
        + "and she was subsequently started on neoadjuvant docetaxel.")]
    public void ComplaintsOfTheFirstPresentationAreNoAdverseEvents(string text)
    {
        var record = Engines.Extract(text);
        Assert.NotEmpty(record.Drugs);
        Assert.Empty(record.AdverseEvents);
    }
}
