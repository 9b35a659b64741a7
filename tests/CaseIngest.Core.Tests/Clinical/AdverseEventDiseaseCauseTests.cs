namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// An event the sentence ascribes to the patient's cancer, even several words after the cause word ("due to SIADH from
/// her small cell lung cancer"), is the disease's; an event ascribed to the treatment of the cancer stays an adverse event.
/// </summary>
public sealed class AdverseEventDiseaseCauseTests
{
    [Theory]
    [InlineData("She was treated with carboplatin and etoposide. A week later she developed hyponatraemia due to SIADH from her small cell lung cancer.", "carboplatin,etoposide")]
    [InlineData("He received cisplatin. He then developed hyponatremia from the inappropriate hormone secretion of his lung carcinoma.", "cisplatin")]
    [InlineData("He received nivolumab. He then developed hypercalcaemia, which was attributed to a peptide secreted by the tumour.", "nivolumab")]
    [InlineData("She received paclitaxel. Two weeks later she had hypercalcemia caused by bone metastases from her breast cancer.", "paclitaxel")]
    public void AnEventOfTheCancerIsNotAnAdverseEvent(string text, string drugs) =>
        Assert.Empty(ClinicalRun.Run(text, drugs.Split(',')).AdverseEvents);

    [Theory]
    [InlineData("He received irinotecan. Two weeks later he had diarrhoea due to the cancer therapy.", "irinotecan", "diarrhea")]
    [InlineData("She received pembrolizumab. Two months later she had pneumonitis related to pembrolizumab for her lung cancer.", "pembrolizumab", "pneumonitis")]
    public void AnEventOfTheTreatmentOfTheCancerStaysAnAdverseEvent(string text, string drugs, string term) =>
        Assert.Equal(term, Assert.Single(ClinicalRun.Run(text, drugs.Split(',')).AdverseEvents).Term);
}
