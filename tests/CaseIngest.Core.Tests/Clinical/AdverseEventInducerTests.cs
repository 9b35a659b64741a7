namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// "-induced" ties an event to a treatment only when what it joins is one: a drug, a treatment noun or a steroid
/// ("capecitabine-induced", "chemotherapy-induced", "steroid-induced"). A condition named by another inducer
/// ("stress-induced cardiomyopathy", "exercise-induced bronchospasm") is a disorder of that kind, not a drug's event.
/// </summary>
public sealed class AdverseEventInducerTests
{
    [Theory]
    [InlineData("A 38-year-old woman underwent caesarean delivery. Hypotension during the operation was treated with ephedrine. Three hours later she became breathless, and echocardiography confirmed stress-induced cardiomyopathy.", "ephedrine")]
    [InlineData("He was given salbutamol in the emergency department. Spirometry after a treadmill test showed exercise- induced bronchospasm.", "salbutamol")]
    [InlineData("She was started on nivolumab in May. In August, at 30 weeks of gestation, a diagnosis of pregnancy-induced hypertension was made.", "nivolumab")]
    public void AnEventInducedByWhatIsNoTreatmentIsNotAnAdverseEvent(string text, string drugs) =>
        Assert.DoesNotContain(ClinicalRun.Run(text, drugs.Split(',')).AdverseEvents, e => e.Term is "cardiomyopathy" or "bronchospasm" or "hypertension");

    [Theory]
    [InlineData("He was started on capecitabine. A month later he had capecitabine-induced hand-foot syndrome.", "capecitabine", "palmar-plantar erythrodysesthesia syndrome", "capecitabine")]
    [InlineData("She received paclitaxel and carboplatin. She then had chemotherapy-induced nausea.", "paclitaxel", "nausea", "paclitaxel")]
    public void AnEventInducedByATreatmentStaysItsAdverseEvent(string text, string drugs, string term, string therapy)
    {
        var adverseEvent = Assert.Single(ClinicalRun.Run(text, drugs.Split(',')).AdverseEvents);
        Assert.Equal(term, adverseEvent.CtcaeTerm?.ToLowerInvariant() == term ? term : adverseEvent.Term);
        Assert.Contains(therapy, adverseEvent.Therapy);
    }
}
