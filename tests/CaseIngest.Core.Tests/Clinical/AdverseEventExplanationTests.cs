namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// An event the authors explain within the next two sentences by the tumour ("…, suggesting rupture of a liver
/// metastasis") is the tumour's, unless the text ties it to a treatment itself.
/// </summary>
public sealed class AdverseEventExplanationTests
{
    [Theory]
    [InlineData("He was given cisplatin and etoposide. On day 4 after starting chemotherapy he had abdominal pain and hypotension. Blood tests showed severe anaemia. "
        + "CT revealed fluid around the liver and an enlarged left lobe lesion, suggesting rupture of a liver metastasis.", "cisplatin,etoposide")]
    [InlineData("She received carboplatin and paclitaxel. Ten days later she became dizzy and anaemic. "
        + "Endoscopy found an ulcerated gastric lesion with fresh blood, consistent with a bleeding tumour.", "carboplatin,paclitaxel")]
    public void AnEventTheAuthorsExplainByTheTumourIsNotAnAdverseEvent(string text, string drugs) =>
        Assert.Empty(ClinicalRun.Run(text, drugs.Split(',')).AdverseEvents);

    [Theory]
    [InlineData("After the second cycle of docetaxel she developed grade 3 diarrhea. CT showed colonic wall thickening, suggesting a metastasis.", "docetaxel", "diarrhea")]
    [InlineData("After the second cycle of docetaxel she developed diarrhea. Loperamide was given. The stool cultures were negative. "
        + "Two months later, CT showed new nodules suggesting metastases.", "docetaxel", "diarrhea")]
    [InlineData("She took gefitinib for three years until it was stopped for dermatitis. "
        + "Two years after discontinuing gefitinib she had headaches, and MRI revealed a cerebellar lesion compatible with a metastasis.", "gefitinib", "dermatitis")]
    public void AnEventTiedOrExplainedOnlyLaterStaysAnAdverseEvent(string text, string drug, string term) =>
        Assert.Equal(term, Assert.Single(ClinicalRun.Run(text, drug).AdverseEvents).Term);
}
