namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A symptom the text puts down to the metastases or the spread of the tumour ("bone pain from the metastases", "ascites
/// due to peritoneal carcinomatosis") is a feature of the disease, even when it is told during a treatment; a symptom
/// put down to the drug stays its adverse event.
/// </summary>
public sealed class AdverseEventDiseaseFeatureTests
{
    [Theory]
    [InlineData("She was started on docetaxel. Bone pain from the metastases persisted during docetaxel treatment.", "docetaxel")]
    [InlineData("He received paclitaxel. Dyspnea due to lung metastases worsened after the second cycle.", "paclitaxel")]
    [InlineData("She was treated with irinotecan. Abdominal pain due to peritoneal carcinomatosis increased during the third cycle.", "irinotecan")]
    [InlineData("He continued osimertinib. Headache from the brain metastases continued while on osimertinib.", "osimertinib")]
    [InlineData("She received gemcitabine. Two months later, jaundice secondary to liver metastases developed.", "gemcitabine")]
    [InlineData("He was on sorafenib. Back pain caused by spinal metastases required radiotherapy during sorafenib treatment.", "sorafenib")]
    public void ASymptomOfTheSpreadOfTheTumourIsNoAdverseEvent(string text, string drugs) =>
        Assert.Empty(ClinicalRun.Run(text, drugs.Split(',')).AdverseEvents);

    [Fact]
    public void ASymptomPutDownToTheDrugStaysItsAdverseEvent()
    {
        var adverseEvent = Assert.Single(ClinicalRun.Run(
            "She had bone metastases and received docetaxel. Grade 2 myalgia from docetaxel developed after the first cycle.", "docetaxel").AdverseEvents);
        Assert.Equal(("myalgia", "docetaxel"), (adverseEvent.Term, Assert.Single(adverseEvent.Therapy)));
    }
}
