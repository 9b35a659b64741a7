namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A complaint told going on after the treatment began ("his cough and dyspnoea persisted after the start of nivolumab",
/// "the bone pain continued", "the fatigue was still present") or present since the diagnosis was there before the
/// treatment: no adverse event. An event that developed and then persisted, one a grade is given, one told growing
/// ("continued to worsen") and one a tie word names stay the treatment's.
/// </summary>
public sealed class AdverseEventGoingOnComplaintTests
{
    [Theory]
    [InlineData("A 66-year-old man with lung cancer received nivolumab. His cough and dyspnoea persisted after the start of nivolumab.", "nivolumab")]
    [InlineData("A 66-year-old man with lung cancer received nivolumab. The dyspnea, which had been present since diagnosis, continued.", "nivolumab")]
    [InlineData("A 71-year-old man with prostate cancer received docetaxel every three weeks. After two cycles the back pain remained unchanged.", "docetaxel")]
    [InlineData("A 59-year-old woman with ovarian cancer received carboplatin and paclitaxel. Her fatigue, present since the initial diagnosis, did not improve.", "carboplatin,paclitaxel")]
    [InlineData("A 63-year-old woman with pancreatic cancer was started on gemcitabine. The nausea was still present at the next visit.", "gemcitabine")]
    public void AComplaintToldGoingOnIsNoAdverseEvent(string text, string drugs) =>
        Assert.Equal(string.Empty, AdverseEventProbe.Read(text, drugs));

    [Theory]
    [InlineData("A 58-year-old man with colon cancer received irinotecan. He developed diarrhoea that persisted for a week after the second cycle.", "irinotecan",
        "diarrhea:-:irinotecan")]
    [InlineData("A 54-year-old woman with melanoma received ipilimumab. Grade 3 colitis persisted despite infliximab.", "ipilimumab",
        "colitis:3:ipilimumab")]
    [InlineData("A 61-year-old man with lung cancer received pembrolizumab. The immune-related pneumonitis persisted for two months.", "pembrolizumab",
        "pneumonitis:-:pembrolizumab")]
    [InlineData("A 66-year-old woman with colon cancer received capecitabine. Hand-foot syndrome continued to worsen after the fourth cycle.", "capecitabine",
        "hand-foot syndrome:-:capecitabine")]
    public void AnEventThatDevelopedOrIsTiedStaysTheTreatments(string text, string drugs, string expected) =>
        Assert.Equal(expected, AdverseEventProbe.Read(text, drugs));

    [Fact]
    public void AnEventToldKeepingItsGradeStaysTheTreatments()
    {
        var text = "A 66-year-old man with lung cancer received nivolumab. The fatigue remained grade 1 throughout.";
        var fact = Assert.Single(ClinicalRun.Run(text, "nivolumab").AdverseEvents);
        Assert.Equal("fatigue", fact.Term);
        Assert.Equal(["nivolumab"], fact.Therapy);
    }
}
