namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// An event whose own words name the kind of treatment it came after or from ("thrombocytopenia following the induction
/// chemotherapy", "chemotherapy-induced alopecia", "hypothyroidism related to the earlier immunotherapy") belongs to the
/// drugs of that kind given last before it, even when a drug of another kind was told since; the drugs told last stay
/// its therapy when one of them is of that kind, when the kind is named only elsewhere in its sentence, or when no drug
/// of that kind was given.
/// </summary>
public sealed class AdverseEventEarlierKindTests
{
    [Theory]
    [InlineData("He received cytarabine and idarubicin for acute myeloid leukaemia. Midostaurin was started on day 8. Grade 4 thrombocytopenia following the induction chemotherapy lasted three weeks.", "cytarabine,idarubicin,midostaurin", "thrombocytopenia:4:cytarabine+idarubicin")]
    [InlineData("She completed four cycles of doxorubicin and cyclophosphamide for breast cancer. Trastuzumab was then given every three weeks. Her chemotherapy-induced alopecia had resolved by the sixth month.", "doxorubicin,cyclophosphamide,trastuzumab", "alopecia:-:doxorubicin+cyclophosphamide")]
    [InlineData("He was treated with pembrolizumab for melanoma for one year. Dacarbazine was started when the disease progressed. Three weeks later, hypothyroidism related to the earlier immunotherapy was diagnosed.", "pembrolizumab,dacarbazine", "hypothyroidism:-:pembrolizumab")]
    [InlineData("She was treated with carboplatin and paclitaxel for ovarian cancer. Niraparib maintenance was begun in March. Grade 2 peripheral neuropathy from the chemotherapy persisted in April.", "carboplatin,paclitaxel,niraparib", "peripheral neuropathy:2:carboplatin+paclitaxel")]
    public void TheKindNamedGoesBackToItsLastCourse(string text, string drugs, string expected) =>
        Assert.Equal(expected, AdverseEventProbe.Read(text, drugs));

    [Theory]
    [InlineData("She received carboplatin and paclitaxel for endometrial cancer. Nausea after each cycle of chemotherapy kept her in bed for two days.", "carboplatin,paclitaxel", "nausea:-:carboplatin+paclitaxel")]
    [InlineData("She had received carboplatin and paclitaxel for ovarian cancer. Olaparib was started as maintenance. She developed grade 2 anaemia, and the chemotherapy was not restarted.", "carboplatin,paclitaxel,olaparib", "anemia:2:olaparib")]
    [InlineData("He was given sunitinib for renal cell carcinoma after nephrectomy. Grade 2 hypertension developed during the targeted therapy.", "sunitinib", "hypertension:2:sunitinib")]
    [InlineData("He was treated with imatinib for a gastrointestinal stromal tumour. Grade 1 fatigue during the chemotherapy kept him at home.", "imatinib", "fatigue:1:imatinib")]
    public void TheDrugsToldLastStayWhenTheKindDoesNotPointBack(string text, string drugs, string expected) =>
        Assert.Equal(expected, AdverseEventProbe.Read(text, drugs));
}
