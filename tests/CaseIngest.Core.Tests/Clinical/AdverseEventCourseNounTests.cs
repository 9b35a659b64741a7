namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A treatment noun that an operation or the illness qualifies ("the postoperative course", "surgical treatment", "an
/// uneventful course") names the operation or the course of the illness, not a drug: an event in its sentence with no
/// drug or radiation of its own is no adverse event.
/// </summary>
public sealed class AdverseEventCourseNounTests
{
    [Theory]
    [InlineData("He received two cycles of cisplatin and etoposide before a right lobectomy. The postoperative course was uneventful, but a month later he had severe cough and chest pain.", "cisplatin,etoposide")]
    [InlineData("She completed four cycles of docetaxel. After surgical treatment of the primary tumour she had fever and wound pain.", "docetaxel")]
    [InlineData("A spontaneous haemothorax was drained. After an uneventful course and a decrease of the haematoma, the tumour was resected.", "")]
    public void AnEventOfTheSurgicalCourseIsNotAnAdverseEventOfTheEarlierDrugs(string text, string drugs) =>
        Assert.Empty(ClinicalRun.Run(text, drugs.Split(',', StringSplitOptions.RemoveEmptyEntries)).AdverseEvents);

    [Fact]
    public void AnEventOfTheCourseOfADrugAfterSurgeryStaysItsAdverseEvent()
    {
        var adverseEvent = Assert.Single(ClinicalRun.Run(
            "After the resection she started capecitabine. During the second course she had grade 2 diarrhoea.", "capecitabine").AdverseEvents);
        Assert.Equal(("diarrhea", "capecitabine"), (adverseEvent.Term, Assert.Single(adverseEvent.Therapy)));
    }
}
