namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// The toxicities authors name by their own words rather than CTCAE's: an organ's toxicity ("neurotoxicity"), a
/// measured decline ("a drop in LVEF"), an electrocardiographic change ("QTc prolongation"), the syndromes of cellular
/// therapy and their abbreviations ("CRS", "ICANS"), everyday words ("hair loss"), and the "ir-" prefix of
/// immune-related events, which ties the event to the treatment as "immune-related" does.
/// </summary>
public sealed class AdverseEventToxicityWordingTests
{
    [Theory]
    [InlineData("She received trastuzumab every three weeks. At six months a drop in LVEF to 40% was noted.", "trastuzumab", "ejection fraction decreased", "Ejection fraction decreased")]
    [InlineData("He received high-dose cytarabine for acute myeloid leukaemia. Grade 2 neurotoxicity developed after the third cycle.", "cytarabine", "neurotoxicity", "Nervous system disorders - Other, specify")]
    [InlineData("He was treated with doxorubicin. After the fifth cycle, echocardiography showed a decline in LVEF from 62% to 44%.", "doxorubicin", "ejection fraction decreased", "Ejection fraction decreased")]
    [InlineData("She received arsenic trioxide for acute promyelocytic leukaemia. QTc prolongation to 520 ms was recorded on day 10.", "arsenic trioxide", "qt prolongation", "Electrocardiogram QT corrected interval prolonged")]
    [InlineData("He was given vandetanib 300 mg daily. A prolonged QT interval was seen on the electrocardiogram after two weeks.", "vandetanib", "qt prolongation", "Electrocardiogram QT corrected interval prolonged")]
    [InlineData("She received tisagenlecleucel. She developed grade 1 CRS on day 2 after the infusion.", "tisagenlecleucel", "cytokine release syndrome", "Cytokine release syndrome")]
    [InlineData("He received axicabtagene ciloleucel. Grade 3 ICANS developed on day 6.", "axicabtagene ciloleucel", "icans", "Nervous system disorders - Other, specify")]
    [InlineData("The boy received cisplatin 100 mg/m2 every three weeks. After the fourth cycle he developed bilateral hearing loss.", "cisplatin", "hearing impaired", "Hearing impaired")]
    [InlineData("She received docetaxel 75 mg/m2. She reported complete hair loss after the second cycle.", "docetaxel", "alopecia", "Alopecia")]
    [InlineData("He received cetuximab and irinotecan. An acneiform eruption on the face and trunk appeared within two weeks of the first dose.", "cetuximab", "rash acneiform", "Rash acneiform")]
    [InlineData("He was treated with gefitinib. Drug-induced interstitial pneumonia developed after one month.", "gefitinib", "interstitial pneumonia", "Pneumonitis")]
    [InlineData("She received denosumab 120 mg every four weeks for bone metastases. Osteonecrosis of the jaw was diagnosed after 18 months of treatment.", "denosumab", "osteonecrosis of jaw", "Osteonecrosis of jaw")]
    [InlineData("He received ifosfamide. Haemorrhagic cystitis developed after the second cycle.", "ifosfamide", "hemorrhagic cystitis", "Cystitis noninfective")]
    [InlineData("She was treated with oxaliplatin. After six cycles she had grade 2 sensory neuropathy.", "oxaliplatin", "peripheral neuropathy", "Peripheral sensory neuropathy")]
    public void AToxicityInTheAuthorsWordsIsItsEvent(string text, string drug, string term, string ctcae)
    {
        var adverseEvent = Assert.Single(ClinicalRun.Run(text, drug).AdverseEvents, e => e.Term == term);
        Assert.Equal(ctcae, adverseEvent.CtcaeTerm);
        Assert.Equal([drug], adverseEvent.Therapy);
    }

    [Theory]
    [InlineData("A man with lung cancer received consolidation durvalumab. Three months later he presented with dyspnoea, and CT showed ir-pneumonitis.", "durvalumab", "pneumonitis")]
    [InlineData("A woman with melanoma received pembrolizumab. At the next visit she presented with jaundice due to ir-hepatitis.", "pembrolizumab", "hepatitis")]
    public void TheIrPrefixTiesAnEventToTheTreatment(string text, string drug, string term) =>
        Assert.Equal([drug], Assert.Single(ClinicalRun.Run(text, drug).AdverseEvents, e => e.Term == term).Therapy);

    [Theory]
    [InlineData("A 45-year-old woman received doxorubicin and cyclophosphamide. Anthracycline-induced cardiomyopathy was diagnosed two years later.", "cardiomyopathy")]
    [InlineData("A 52-year-old woman received paclitaxel and carboplatin. She was left with taxane-induced neuropathy of both feet.", "peripheral neuropathy")]
    public void ADrugClassNamedAsTheInducerTiesTheEvent(string text, string term)
    {
        var drugs = text.Contains("doxorubicin", StringComparison.Ordinal) ? new[] { "doxorubicin", "cyclophosphamide" } : ["paclitaxel", "carboplatin"];
        Assert.NotEmpty(Assert.Single(ClinicalRun.Run(text, drugs).AdverseEvents, e => e.Term == term).Therapy);
    }

    [Theory]
    [InlineData("A 61-year-old man with a history of sensorineural hearing loss was started on pembrolizumab.", "pembrolizumab")]
    [InlineData("She was started on cytarabine and counselled about the risk of neurotoxicity.", "cytarabine")]
    [InlineData("He received arsenic trioxide, and electrocardiograms were monitored for QTc prolongation.", "arsenic trioxide")]
    public void AToxicityWordThatIsHistoryOrAHypothesisIsNoEvent(string text, string drug) =>
        Assert.Empty(ClinicalRun.Run(text, drug).AdverseEvents);
}
