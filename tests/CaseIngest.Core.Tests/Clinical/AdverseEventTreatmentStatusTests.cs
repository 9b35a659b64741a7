namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A treatment held, withheld or not given because of an event says nothing against the event: the not-given reading
/// of such a sentence is about the treatment, while the event is the reason and counts.
/// </summary>
public sealed class AdverseEventTreatmentStatusTests
{
    [Theory]
    [InlineData("She received carboplatin and etoposide. Because of grade 3 thrombocytopenia, the fourth cycle was not given.", "thrombocytopenia", 3)]
    [InlineData("He was treated with nivolumab. Nivolumab was withheld because of grade 2 colitis.", "colitis", 2)]
    [InlineData("She was started on pembrolizumab. After the third dose, pembrolizumab was withheld for grade 3 hepatitis.", "hepatitis", 3)]
    public void AnEventThatKeptATreatmentFromBeingGivenIsAnAdverseEvent(string text, string term, int grade)
    {
        var drugs = new[] { "carboplatin", "etoposide", "nivolumab", "Nivolumab", "pembrolizumab" }.Where(text.Contains).ToArray();
        var adverseEvent = Assert.Single(ClinicalRun.Run(text, drugs).AdverseEvents, e => e.Term == term);
        Assert.Equal(grade, adverseEvent.Grade);
    }

    [Theory]
    [InlineData("He received nivolumab. No colitis was observed, and the treatment was not withheld.")]
    [InlineData("She received carboplatin and etoposide without thrombocytopenia or other toxicity.")]
    public void AnEventDeniedBesideTheTreatmentStatusStaysDenied(string text)
    {
        var drugs = new[] { "carboplatin", "etoposide", "nivolumab" }.Where(text.Contains).ToArray();
        Assert.DoesNotContain(ClinicalRun.Run(text, drugs).AdverseEvents, e => e.Term is "colitis" or "thrombocytopenia");
    }
}
