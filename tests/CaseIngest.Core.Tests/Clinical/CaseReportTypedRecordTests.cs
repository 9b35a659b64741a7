using System.Security;
using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// <c>article.isCaseReport</c> for PubMed records whose types do not settle it ("Journal Article" alone, or a review type):
/// a study, a method or a survey of people in groups is no case, however it mentions "the patient", "women" or
/// "we present"; a record that tells of its own patient is one.
/// </summary>
public sealed class CaseReportTypedRecordTests
{
    [Theory]
    // a device or method paper: "we present" an evaluation, participants counted with n =
    [InlineData("Journal Article", "Bench and bedside testing of a wearable infusion monitor",
        "Infusion errors remain common in oncology day units. Here, we present the first clinical evaluation of a wearable monitor that checks the flow rate at the bedside. The monitor detected 94% of simulated errors and all participants (n = 42) completed the protocol.")]
    // a survey of groups of people: the plural nouns give no patient
    [InlineData("Journal Article", "What shapes screening decisions among rural women? A qualitative study of barriers",
        "Semi-structured interviews (n=28) were held with women aged 50 to 70 living in three rural districts. Women described travel time, cost and fear of the result as the main barriers, while men in their households often decided when appointments were kept.")]
    // a laboratory study of animals
    [InlineData("Journal Article", "A plant alkaloid slows hepatic fibrosis through the TGF-beta pathway",
        "Male mice were given carbon tetrachloride for six weeks with or without the alkaloid. Collagen deposition and alpha-SMA expression fell in the treated group, and the compound blocked SMAD3 phosphorylation in stellate cells.")]
    // a stain's abbreviation is no pronoun
    [InlineData("Journal Article", "A flavonoid eases renal fibrosis in a rat model of obstruction",
        "Male rats underwent unilateral ureteral obstruction and received the flavonoid or saline. HE and Masson staining showed less interstitial fibrosis in the treated group.")]
    // helium with its mass number is no pronoun
    [InlineData("Journal Article", "Regional ventilation maps from hyperpolarized gas MRI",
        "Inhaled He 3 and Xe 129 images were registered to CT to give lobar ventilation, and the maps were reproducible within minutes.")]
    // a simulation paper that mentions the patient's anatomy in passing
    [InlineData("Journal Article", "An open toolkit for simulating cone-beam CT dose",
        "Dose estimates for cone-beam CT are rarely validated. We describe a toolkit that models the scanner, the patient and the detector, and we present example simulations that vary the tube current. The toolkit is free to use.")]
    // a review whose sources include case reports
    [InlineData("Systematic Review", "Hypercalcaemic crisis in children: a systematic review",
        "Published evidence on hypercalcaemic crisis in children is limited to case reports and small series. We searched three databases for reports from 2000 to 2023 and analysed 52 patients; apart from one case report, none described renal replacement therapy.")]
    // an older type name for an evaluation
    [InlineData("Evaluation Studies", "A command-line tool for aligning protein structures",
        "We present a tool that aligns protein structures and reports the root-mean-square deviation of each pair.")]
    // the eligible ages of a group are no patient's age
    [InlineData("Journal Article", "Keeping a dosing diary for oral anticancer drugs",
        "Adults 18 years of age or older taking capecitabine were invited to keep a diary for eight weeks. Missed doses were most often recorded at weekends.")]
    public void ARecordThatReportsNoPatientOfItsOwnIsNoCase(string type, string title, string abstractText)
    {
        var record = Extract(type, title, abstractText);

        Assert.False(record.Article.IsCaseReport);
        Assert.Empty(record.Patients);
    }

    [Theory]
    [InlineData("Journal Article", "Acquired resistance to an antiviral in kidney transplant recipients",
        "We describe the first cases of a polymerase mutation that arose after antiviral treatment in two kidney transplant recipients with persistent infection.")]
    [InlineData("Journal Article", "Bullous pemphigoid during pembrolizumab",
        "A man in his seventies developed tense blisters on the trunk after the eighth cycle of pembrolizumab. He improved on topical clobetasol.")]
    [InlineData("Letter", "Late radiation recall after gemcitabine",
        "She had received palliative radiotherapy to the right hip a year before; erythema confined to the old field appeared after her second dose of gemcitabine.")]
    [InlineData("Review", "Cardiac metastasis of renal cell carcinoma: case report and review of the literature",
        "We report a patient with a right ventricular mass eight years after nephrectomy, and review the 31 published cases.")]
    // a review type with the case in its title only
    [InlineData("Review", "Intravascular lymphoma confined to the skin: report of a case with a literature review",
        "Intravascular lymphoma limited to the skin is rare and often recognised late. Random skin biopsies established the diagnosis, and rituximab with CHOP gave a remission that has lasted two years.")]
    public void ARecordThatTellsOfItsOwnPatientIsACase(string type, string title, string abstractText)
    {
        var record = Extract(type, title, abstractText);

        Assert.True(record.Article.IsCaseReport);
    }

    private static Model.CaseRecord Extract(string type, string title, string abstractText) =>
        Engines.Extract(
            $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <PubmedArticleSet>
              <PubmedArticle>
                <MedlineCitation Status="MEDLINE" Owner="NLM">
                  <PMID Version="1">1000001</PMID>
                  <Article PubModel="Print">
                    <Journal><Title>Journal of Example Medicine</Title><JournalIssue><PubDate><Year>2024</Year></PubDate></JournalIssue></Journal>
                    <ArticleTitle>{SecurityElement.Escape(title)}</ArticleTitle>
                    <Abstract><AbstractText>{SecurityElement.Escape(abstractText)}</AbstractText></Abstract>
                    <PublicationTypeList><PublicationType UI="D016428">Journal Article</PublicationType><PublicationType UI="D000000">{type}</PublicationType></PublicationTypeList>
                  </Article>
                </MedlineCitation>
              </PubmedArticle>
            </PubmedArticleSet>
            """,
            "record.xml");
}
