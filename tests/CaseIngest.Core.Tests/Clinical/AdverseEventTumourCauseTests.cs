namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// An event a cause word ties to the patient's tumour ("hypercalcaemia related to bone metastases") is the disease's,
/// also when the words after the tumour date it within a course ("developed after the second cycle"); an event tied to
/// the treatment of the cancer ("related to cancer therapy", "related to nivolumab for her lung cancer") stays an
/// adverse event.
/// </summary>
public sealed class AdverseEventTumourCauseTests
{
    [Theory]
    [InlineData("A 58-year-old woman with breast cancer received docetaxel. Hypercalcaemia related to bone metastases developed after the second cycle.", "docetaxel")]
    [InlineData("A 61-year-old man with colon cancer received irinotecan. Jaundice caused by liver metastases appeared during the fourth cycle of treatment.", "irinotecan")]
    [InlineData("A 64-year-old man with lung cancer received pemetrexed. Hyponatraemia due to his lung cancer worsened after the third cycle.", "pemetrexed")]
    public void AnEventOfTheTumourToldWithinACourseIsNone(string text, string drugs) =>
        Assert.Equal(string.Empty, AdverseEventProbe.Read(text, drugs));

    [Theory]
    [InlineData("A 66-year-old woman with lung cancer received nivolumab. Pneumonitis related to nivolumab for her lung cancer developed after the second cycle.", "nivolumab", "pneumonitis:-:nivolumab")]
    [InlineData("A 60-year-old man with lung cancer received docetaxel. Diarrhoea related to cancer therapy developed after the second cycle.", "docetaxel", "diarrhea:-:docetaxel")]
    public void AnEventOfTheCancersTreatmentCounts(string text, string drugs, string expected) =>
        Assert.Equal(expected, AdverseEventProbe.Read(text, drugs));
}
