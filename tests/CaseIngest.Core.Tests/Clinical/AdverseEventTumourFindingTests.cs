namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// An event right before a test finds the tumour is the tumour's presenting complaint, unless the text ties it to a
/// treatment; a treatment named only to date the event ("after four cycles of nivolumab") is no tie.
/// </summary>
public sealed class AdverseEventTumourFindingTests
{
    [Theory]
    [InlineData("He received cisplatin and etoposide. After eleven months of maintenance therapy he presented with seizures, and brain MRI revealed a large metastasis in the left frontal lobe.", "cisplatin,etoposide")]
    [InlineData("She was maintained on letrozole. Two years later she reported abdominal pain and weight loss. A CT scan of the abdomen showed multiple liver metastases.", "letrozole")]
    [InlineData("He received docetaxel. Two years after the end of chemotherapy, the patient had a gait disturbance, and MRI demonstrated a 2.5 cm cerebellar mass.", "docetaxel")]
    [InlineData("She received pemetrexed. Three years after the discontinuation of chemotherapy, she came with the chief complaint of dizziness. Brain MRI showed a 2 cm cerebellar mass.", "pemetrexed")]
    [InlineData("He received gefitinib. Eighteen months following discontinuation of treatment he presented with back pain, and MRI revealed vertebral metastases.", "gefitinib")]
    [InlineData("After four cycles of nivolumab, the patient reported worsening back pain, and MRI showed a new vertebral metastasis.", "nivolumab")]
    [InlineData("Three weeks after the second dose of pembrolizumab, she had headaches, and brain MRI revealed two new metastases.", "pembrolizumab")]
    public void AnEventBeforeATestFindsTheTumourIsNotAnAdverseEvent(string text, string drugs) =>
        Assert.Empty(ClinicalRun.Run(text, drugs.Split(',')).AdverseEvents);

    [Theory]
    [InlineData("She received carboplatin and paclitaxel. Six months later, CT revealed a new liver mass and moderate ascites.", "carboplatin,paclitaxel")]
    [InlineData("He was treated with pembrolizumab. Abdominal MRI showed a 4 cm mass in the pancreatic tail with peripancreatic inflammation suggesting acute pancreatitis.", "pembrolizumab")]
    [InlineData("After four cycles of docetaxel, chest CT demonstrated an enlarging right hilar tumor with a large pleural effusion.", "docetaxel")]
    [InlineData("She was on sunitinib. Follow-up CT showed a 6 cm mass in the kidney, with perirenal stranding indicative of retroperitoneal hemorrhage.", "sunitinib")]
    public void AnEventATestFindsWithTheTumourIsNotAnAdverseEvent(string text, string drugs) =>
        Assert.Empty(ClinicalRun.Run(text, drugs.Split(',')).AdverseEvents);

    [Theory]
    [InlineData("After two cycles of nivolumab she developed diarrhea. CT revealed no new metastases.", "nivolumab", "diarrhea")]
    [InlineData("After two cycles of nivolumab, CT revealed a smaller mass; she then developed diarrhea.", "nivolumab", "diarrhea")]
    [InlineData("She received nivolumab. CT showed a stable mass and new ground-glass opacities consistent with immune-related pneumonitis.", "nivolumab", "pneumonitis")]
    [InlineData("After two cycles of docetaxel she developed grade 2 neuropathy, and CT revealed a stable mass.", "docetaxel", "peripheral neuropathy")]
    [InlineData("She developed nivolumab-induced colitis. A CT scan showed a smaller tumor.", "nivolumab", "colitis")]
    [InlineData("She received erlotinib, which was stopped due to intolerable rash. A year later she had headaches, and MRI revealed a cerebellar mass.", "erlotinib", "rash")]
    public void AnEventTiedToTheTreatmentOrBeforeANegatedFindingStaysAnAdverseEvent(string text, string drug, string term) =>
        Assert.Equal(term, Assert.Single(ClinicalRun.Run(text, drug).AdverseEvents).Term);
}
