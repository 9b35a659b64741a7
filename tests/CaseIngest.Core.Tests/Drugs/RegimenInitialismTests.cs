namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// The two- and three-letter regimen initialisms of Asian and European reports ("NP chemotherapy", "four cycles of TP")
/// give their drugs when a regimen word stands right beside them; the same letters elsewhere in a sentence about
/// chemotherapy (total protein, contrast-enhanced imaging, cancer-associated fibroblasts) name no drug.
/// </summary>
public sealed class RegimenInitialismTests
{
    [Theory]
    [InlineData("He received four cycles of NP chemotherapy after lobectomy.", "cisplatin,vinorelbine")]
    [InlineData("Adjuvant TP regimen was given every 3 weeks for six cycles.", "cisplatin,paclitaxel")]
    [InlineData("Two courses of DP were administered before surgery.", "cisplatin,docetaxel")]
    [InlineData("The patient was started on PP chemotherapy for lung adenocarcinoma.", "cisplatin,pemetrexed")]
    [InlineData("She underwent 3 cycles of neoadjuvant FP therapy.", "cisplatin,fluorouracil")]
    [InlineData("XP chemotherapy was commenced for the gastric primary.", "capecitabine,cisplatin")]
    [InlineData("He was treated with SP therapy, and the tumour shrank.", "cisplatin,tegafur")]
    [InlineData("DCS therapy was selected as first-line treatment.", "cisplatin,docetaxel,tegafur")]
    [InlineData("Six cycles of CE chemotherapy were completed in March.", "carboplatin,etoposide")]
    [InlineData("Induction with the DA regimen achieved complete remission.", "cytarabine,daunorubicin")]
    [InlineData("She then received HA induction chemotherapy.", "cytarabine,omacetaxine")]
    [InlineData("A CAG regimen was given for relapsed leukaemia.", "aclarubicin,cytarabine,filgrastim")]
    [InlineData("Salvage FLAG-IDA was administered.", "cytarabine,filgrastim,fludarabine,idarubicin")]
    [InlineData("He received 2 courses of FLAG chemotherapy.", "cytarabine,filgrastim,fludarabine")]
    [InlineData("The child received VDLP induction chemotherapy.", "asparaginase,daunorubicin,prednisone,vincristine")]
    [InlineData("She received six cycles of CAF.", "cyclophosphamide,doxorubicin,fluorouracil")]
    [InlineData("Adjuvant FAC chemotherapy was given after mastectomy.", "cyclophosphamide,doxorubicin,fluorouracil")]
    [InlineData("TAC chemotherapy was administered for 6 cycles.", "cyclophosphamide,docetaxel,doxorubicin")]
    [InlineData("Three cycles of VAD chemotherapy preceded transplantation.", "dexamethasone,doxorubicin,vincristine")]
    [InlineData("He was treated with MPT for nine cycles.", "melphalan,prednisone,thalidomide")]
    [InlineData("Two cycles of DICE were given as salvage therapy.", "cisplatin,dexamethasone,etoposide,ifosfamide")]
    [InlineData("She received two cycles of IVAC after CODOX-M.", "cytarabine,etoposide,ifosfamide")]
    [InlineData("Four cycles of TIP chemotherapy were given for the relapsed germ cell tumour.", "cisplatin,ifosfamide,paclitaxel")]
    public void AnInitialismBesideARegimenWordGivesItsDrugs(string text, string names)
    {
        Assert.Equal(names.Split(',').Order(StringComparer.Ordinal), DrugFacts.Of(text).Select(d => d.Name).Distinct().Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Before the second cycle of chemotherapy, TP was 6.2 g/dL and albumin 3.4 g/dL.")]
    [InlineData("CE-CT after two cycles of chemotherapy showed a partial response.")]
    [InlineData("CAF density in the stroma predicted resistance to neoadjuvant chemotherapy.")]
    [InlineData("The DP was 60 mmHg during the first course of chemotherapy.")]
    [InlineData("He had a VAD implanted before the chemotherapy regimen was chosen.")]
    [InlineData("Her HHT was known before the first cycle of chemotherapy.")]
    [InlineData("FP and TP rates of the assay were compared in the chemotherapy cohort.")]
    public void TheSameLettersAwayFromARegimenWordNameNoDrug(string text)
    {
        Assert.Empty(DrugFacts.Of(text));
    }
}
