using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Adverse events as reports tie them to a treatment: a cycle of the chemotherapy complicated by the event, the event
/// after the first administration of a drug, the drug stopped or held for it, a list of events with one attribution, and
/// the chemotherapy or immunotherapy named by its kind when its drugs are named elsewhere. An event named as a risk, a
/// reason for choosing a treatment, or a finding of a test after an operation is none.
/// </summary>
public sealed class AdverseEventReportedWordingTests
{
    [Theory]
    [InlineData("A 52-year-old woman with breast cancer received docetaxel and cyclophosphamide every three weeks. The second cycle of chemotherapy was complicated by febrile neutropenia.",
        "febrile neutropenia", "cyclophosphamide,docetaxel")]
    [InlineData("A 63-year-old man with lung adenocarcinoma was treated with carboplatin and pemetrexed. After the third cycle of chemotherapy he developed grade 4 thrombocytopenia.",
        "thrombocytopenia", "carboplatin,pemetrexed")]
    [InlineData("A 58-year-old man with melanoma was started on nivolumab and ipilimumab. Six weeks into immunotherapy he developed immune-mediated hepatitis.",
        "hepatitis", "ipilimumab,nivolumab")]
    [InlineData("A 47-year-old woman with ovarian cancer received paclitaxel and carboplatin. The regimen was complicated by grade 2 peripheral sensory neuropathy.",
        "peripheral neuropathy", "carboplatin,paclitaxel")]
    public void AnEventOfTheChemotherapyNamedByItsKindIsCreditedToItsDrugs(string text, string term, string drugs)
    {
        var adverseEvent = Assert.Single(Engines.Extract(text).AdverseEvents, e => e.Term == term);
        Assert.Equal(drugs.Split(','), adverseEvent.Therapy.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("A 66-year-old man with renal cell carcinoma was treated with sunitinib. Rash and bloody diarrhoea began 4 months after the first administration of sunitinib.",
        "diarrhea", "sunitinib")]
    [InlineData("A 70-year-old woman with HER2-positive breast cancer received trastuzumab. She was found to have severe trastuzumab-related thrombocytopenia after the fourth cycle.",
        "thrombocytopenia", "trastuzumab")]
    [InlineData("A 55-year-old man with hepatocellular carcinoma was given sorafenib. Sorafenib was stopped because of grade 3 hand-foot skin reaction.",
        "hand-foot syndrome", "sorafenib")]
    [InlineData("A 61-year-old woman with colorectal cancer received oxaliplatin. Within a day of the ninth infusion of oxaliplatin she developed severe thrombocytopenia.",
        "thrombocytopenia", "oxaliplatin")]
    public void AnEventToldAfterOrBecauseOfADrugIsThatDrugs(string text, string term, string drugs)
    {
        var adverseEvent = Assert.Single(Engines.Extract(text).AdverseEvents, e => e.Term.Contains(term, StringComparison.Ordinal) || term.Contains(e.Term, StringComparison.Ordinal));
        Assert.Equal(drugs.Split(','), adverseEvent.Therapy.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("A 49-year-old woman with breast cancer received docetaxel. She developed nausea, alopecia and neutropenia, all attributed to docetaxel.",
        "docetaxel", "nausea,alopecia,neutropenia")]
    [InlineData("A 72-year-old man with prostate cancer received cabazitaxel. Diarrhoea, fatigue and anaemia, considered related to cabazitaxel, required a dose reduction.",
        "cabazitaxel", "diarrhea,fatigue,anemia")]
    [InlineData("A 60-year-old man with gastric cancer was given capecitabine and oxaliplatin. Toxicities included grade 2 neuropathy, vomiting and thrombocytopenia.",
        "oxaliplatin", "vomiting,thrombocytopenia")]
    public void EventsListedUnderOneAttributionAreEachAnEvent(string text, string drug, string terms)
    {
        var events = Engines.Extract(text).AdverseEvents;
        foreach (var term in terms.Split(','))
        {
            Assert.Contains(events, e => e.Term == term && e.Therapy.Contains(drug));
        }
    }

    [Theory]
    [InlineData("A 64-year-old man with bladder cancer and chronic kidney disease was given carboplatin instead of cisplatin to avoid nephrotoxicity.")]
    [InlineData("A 58-year-old woman with breast cancer and heart disease received docetaxel; doxorubicin was omitted because of the risk of cardiotoxicity.")]
    [InlineData("A 50-year-old woman with colon cancer started capecitabine and was counselled about the risk of diarrhoea and hand-foot syndrome.")]
    [InlineData("A 69-year-old man with lung cancer received cisplatin, etoposide and radiotherapy, then a pneumonectomy. A month after the operation, CT showed an empyema and a pleural effusion.")]
    [InlineData("A 62-year-old man with melanoma was on pembrolizumab. He denied diarrhoea, rash or cough at the visit after the fourth dose.")]
    [InlineData("A 70-year-old man with colon cancer received FOLFOX. His long-standing hypertension and type 2 diabetes were well controlled throughout chemotherapy.")]
    [InlineData("A 66-year-old woman with myeloma received lenalidomide. The differential diagnosis of her new dyspnoea included drug-induced pneumonitis, heart failure and infection.")]
    [InlineData("A 59-year-old man with lung cancer received nivolumab. A month later he was admitted with a pneumonia caused by Klebsiella.")]
    [InlineData("A 67-year-old woman with lung cancer was on pemetrexed when she slipped in the bathroom and had a hip fracture.")]
    [InlineData("A 48-year-old woman with sarcoma received doxorubicin. A week later she had a fever that was attributed to a urinary tract infection.")]
    [InlineData("A 71-year-old man with prostate cancer was on docetaxel when he fell at home and sustained a hip fracture.")]
    [InlineData("A 53-year-old woman with breast cancer received paclitaxel. Echocardiography after the fourth cycle was unremarkable without pericardial effusion.")]
    [InlineData("A 60-year-old man with renal cancer was treated with sunitinib. Anaemia from chronic gastrointestinal blood loss by the tumour was corrected by transfusion.")]
    [InlineData("A 64-year-old woman with ovarian cancer completed carboplatin. Her previous episode of deep vein thrombosis had been treated with warfarin years before.")]
    public void AnEventNamedAsARiskAReasonOrAFindingOfAnotherCauseIsNone(string text) =>
        Assert.Empty(Engines.Extract(text).AdverseEvents);

    [Theory]
    [InlineData("A 59-year-old man with lung cancer received nivolumab. Three weeks later he appeared to have a mild pneumonitis on CT.")]
    [InlineData("A 59-year-old man with lung cancer received nivolumab. Three weeks later the CT findings may have represented pneumonitis.")]
    [InlineData("A 59-year-old man with lung cancer received nivolumab. Three weeks later the CT findings were compatible with either pneumonitis or infection.")]
    [InlineData("A 59-year-old man with lung cancer received nivolumab. Three weeks later the CT appearance was likely pneumonitis.")]
    [InlineData("A 59-year-old man with lung cancer received nivolumab. Three weeks later, pneumonitis was in question.")]
    [InlineData("A 59-year-old man with lung cancer received nivolumab. Three weeks later the opacities raised suspicion for pneumonitis.")]
    [InlineData("A 59-year-old man with lung cancer received nivolumab. Three weeks later he was thought to have pneumonitis, but the biopsy showed lymphangitic spread.")]
    [InlineData("A 59-year-old man with lung cancer received nivolumab. Drug-induced pneumonitis was among the differential diagnoses.")]
    public void AnEventTheTextOnlySuspectsIsNone(string text) =>
        Assert.Empty(Engines.Extract(text).AdverseEvents);

    [Theory]
    [InlineData("A 59-year-old man with lung cancer received nivolumab. Two months later he presented with jaundice due to a stone in the common bile duct.")]
    [InlineData("A 59-year-old man with lung cancer received nivolumab. Two months later, his anaemia was thought to reflect bone marrow infiltration.")]
    [InlineData("A 59-year-old man with lung cancer received nivolumab. Two months later, his fatigue was related to depression.")]
    [InlineData("A 59-year-old man with lung cancer received nivolumab. Two months later, a deep vein thrombosis developed due to immobility.")]
    [InlineData("A 59-year-old man with lung cancer received nivolumab. Two months later, his weight loss was caused by poor oral intake.")]
    [InlineData("A 59-year-old man with lung cancer received nivolumab. A month later he had vomiting secondary to a bowel obstruction.")]
    [InlineData("A 59-year-old man with lung cancer received nivolumab. A month later he developed sepsis due to Escherichia coli.")]
    [InlineData("A 59-year-old man with lung cancer received nivolumab. His dyspnoea was caused by a large malignant pleural effusion.")]
    [InlineData("A 59-year-old man with lung cancer received nivolumab. He had been diagnosed with atrial fibrillation years before.")]
    public void AnEventTheTextAscribesToAnotherCauseOrToThePastIsNone(string text) =>
        Assert.Empty(Engines.Extract(text).AdverseEvents);

    [Theory]
    [InlineData("A 59-year-old man with lung cancer received nivolumab. Three weeks later he developed grade 2 pneumonitis, likely immune-related.", "pneumonitis")]
    [InlineData("A 59-year-old man with lung cancer received nivolumab. A month later he fell ill with colitis attributed to nivolumab.", "colitis")]
    [InlineData("A 59-year-old man with lung cancer received docetaxel. After a fall in his neutrophil count, he developed febrile neutropenia after the second cycle of docetaxel.", "febrile neutropenia")]
    [InlineData("A 59-year-old man with lung cancer received nivolumab. Hypothyroidism due to nivolumab was diagnosed a month later.", "hypothyroidism")]
    public void AnEventTiedToItsTreatmentStaysAnEventBesideTheseWords(string text, string term) =>
        Assert.Contains(Engines.Extract(text).AdverseEvents, e => e.Term == term);
}
