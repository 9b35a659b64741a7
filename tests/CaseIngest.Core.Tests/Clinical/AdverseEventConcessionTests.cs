namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// An event a sentence opened by "despite" tells happening in spite of a treatment is what the treatment failed to
/// prevent or cure, not its adverse event, unless the text ties it to a treatment itself.
/// </summary>
public sealed class AdverseEventConcessionTests
{
    [Theory]
    [InlineData("She received gemcitabine. Despite treatment with intravenous furosemide and albumin, she went on to develop acute kidney injury and encephalopathy.", "gemcitabine,furosemide")]
    [InlineData("He was on nivolumab. In spite of lactulose, he deteriorated with encephalopathy.", "nivolumab,lactulose")]
    [InlineData("He was treated with valganciclovir and foscarnet. Despite these interventions, he developed postural hypotension and nausea.", "valganciclovir,foscarnet")]
    [InlineData("She started pembrolizumab in March. In June she was treated with intravenous fluids and electrolyte replacement. Despite these measures, she developed acute kidney injury and confusion.", "pembrolizumab")]
    [InlineData("He had received alemtuzumab. He was treated empirically with aciclovir and immunoglobulin. Despite these interventions, he developed dyspnoea, postural hypotension and nausea.", "alemtuzumab,aciclovir")]
    [InlineData("She was on pemetrexed. Despite supportive care, she went on to develop respiratory failure.", "pemetrexed")]
    public void AnEventInSpiteOfATreatmentIsNotItsAdverseEvent(string text, string drugs) =>
        Assert.Empty(ClinicalRun.Run(text, drugs.Split(',')).AdverseEvents);

    [Theory]
    [InlineData("Despite loperamide, diarrhoea persisted after the second cycle of irinotecan.", "loperamide,irinotecan", "diarrhea", "irinotecan")]
    [InlineData("She received rituximab. Despite premedication, she had a grade 2 infusion reaction.", "rituximab", "infusion reaction", "rituximab")]
    [InlineData("Despite the initial response to nivolumab, he developed colitis three months later.", "nivolumab", "colitis", "nivolumab")]
    public void AnEventTheTextTiesToATreatmentStaysAnAdverseEventDespiteARemedy(string text, string drugs, string term, string therapy)
    {
        var adverseEvent = Assert.Single(ClinicalRun.Run(text, drugs.Split(',')).AdverseEvents);
        Assert.Equal((term, therapy), (adverseEvent.Term, Assert.Single(adverseEvent.Therapy)));
    }
}
