using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// An event whose work-up, told right after it, rules out the treatment's event the authors looked for and names another
/// cause ("Pneumonitis was excluded on CT, and the cough was attributed to a viral infection") is that cause's, not an
/// adverse event, even when a course dates it. It stays the treatment's when it has a grade, when what was ruled out is
/// an infection, when no other cause is named, or when the work-up confirms the treatment's event.
/// </summary>
public sealed class AdverseEventExcludedForOtherCauseTests
{
    [Theory]
    [InlineData("A 70-year-old man with lung cancer received pembrolizumab. After the fifth dose he reported a dry cough. Pneumonitis was excluded on CT, and the cough was attributed to a viral infection.",
        "cough")]
    [InlineData("A 62-year-old man with lung cancer was treated with atezolizumab. Two months later he developed dyspnea; pneumonitis was excluded, and pulmonary embolism was diagnosed on CT angiography.",
        "dyspnea")]
    [InlineData("A 59-year-old woman on pembrolizumab developed diarrhea. Immune-related colitis was ruled out, and stool testing was positive for Clostridioides difficile.",
        "diarrhea")]
    [InlineData("A 66-year-old man with renal cancer was treated with nivolumab. Six weeks later he developed a maculopapular rash. A drug eruption was ruled out, and a skin biopsy confirmed secondary syphilis.",
        "rash")]
    [InlineData("A 54-year-old woman with melanoma received ipilimumab and nivolumab. Three weeks after the second dose she developed abdominal pain; enterocolitis was excluded, and ultrasound showed gallstones in the common bile duct.",
        "abdominal pain")]
    public void AnEventTheWorkUpGivesAnotherCauseIsNoAdverseEvent(string text, string term) =>
        Assert.DoesNotContain(term, Engines.Extract(text).AdverseEvents.Select(e => e.Term));

    [Theory]
    [InlineData("A 61-year-old man with melanoma received nivolumab. After the second dose he developed diarrhea. Infection was excluded, and colonoscopy confirmed colitis.",
        "diarrhea")]
    [InlineData("A 68-year-old woman with lung cancer was given pembrolizumab. Two months later she had dyspnea; myocarditis was excluded by a normal troponin.",
        "dyspnea")]
    [InlineData("A 72-year-old man with lung cancer developed grade 2 cough after the fourth dose of durvalumab. Pneumonitis was excluded, and the cough was attributed to postnasal drip.",
        "cough")]
    [InlineData("A 57-year-old woman with melanoma was treated with ipilimumab. After the third dose she developed diarrhea. Infectious colitis was ruled out, and biopsy confirmed immune-related colitis.",
        "diarrhea")]
    public void AnEventWithAGradeAnInfectionRuledOutOrNoOtherCauseStaysAnAdverseEvent(string text, string term) =>
        Assert.Contains(term, Engines.Extract(text).AdverseEvents.Select(e => e.Term));
}
