namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A laboratory change written as a noun ("a rise in serum bilirubin", "an increase of creatinine", "a drop in
/// platelet count") or as a verb with the value reached ("creatinine rose to 2.1 mg/dL") names the CTCAE investigation
/// as "increased bilirubin" does.
/// </summary>
public sealed class AdverseEventLabChangeTests
{
    [Theory]
    [InlineData("He was given cyclophosphamide and vincristine. On day 5 of the first course he had severe liver injury with an obvious increase of serum bilirubin.", "cyclophosphamide,vincristine", "Blood bilirubin increased")]
    [InlineData("She received cisplatin. After the second cycle, a rise in serum creatinine led to a dose reduction.", "cisplatin", "Creatinine increased")]
    [InlineData("He was treated with carboplatin. Two weeks after the third cycle a drop in platelet count was noted.", "carboplatin", "Platelet count decreased")]
    public void ANounOfALaboratoryChangeNamesTheInvestigation(string text, string drugs, string ctcae)
    {
        var adverseEvent = Assert.Single(ClinicalRun.Run(text, drugs.Split(',')).AdverseEvents, e => e.CtcaeTerm == ctcae);
        Assert.Equal(drugs.Split(','), adverseEvent.Therapy);
    }

    [Fact]
    public void ALaboratoryChangeAtPresentationIsNoAdverseEvent() =>
        Assert.Empty(ClinicalRun.Run(
            "A 64-year-old man presented with jaundice and a rise in serum bilirubin from a pancreatic head tumour. He later received gemcitabine.", "gemcitabine").AdverseEvents);

    [Theory]
    [InlineData("She received gemcitabine and cisplatin. After the second cycle her serum creatinine rose to 2.3 mg/dL.", "gemcitabine,cisplatin", "Creatinine increased")]
    [InlineData("He was started on pembrolizumab. Six weeks later his ALT was elevated at 312 U/L and his AST at 190 U/L.", "pembrolizumab", "Alanine aminotransferase increased")]
    [InlineData("She was given weekly carboplatin. After the fourth dose the platelet count fell to 38,000/µL.", "carboplatin", "Platelet count decreased")]
    [InlineData("He received docetaxel. On day 9 his absolute neutrophil count dropped from 4.1 to 0.3 × 10⁹/L.", "docetaxel", "Neutrophil count decreased")]
    public void AVerbOfALaboratoryChangeWithItsValueNamesTheInvestigation(string text, string drugs, string ctcae)
    {
        var adverseEvent = Assert.Single(ClinicalRun.Run(text, drugs.Split(',')).AdverseEvents, e => e.CtcaeTerm == ctcae);
        Assert.Equal(drugs.Split(','), adverseEvent.Therapy);
    }

    [Theory]
    [InlineData("A 58-year-old man was admitted with oliguria; his creatinine rose to 4.2 mg/dL over three days. Imaging showed bilateral hydronephrosis from a pelvic mass. He later received cisplatin.", "cisplatin")]
    [InlineData("She received paclitaxel. The dose was increased to 80 mg/m2 and the interval decreased to 7 days.", "paclitaxel")]
    [InlineData("He had received two cycles of cisplatin. Among the laboratory findings on admission, his potassium level was decreased to 2.9 mEq/L.", "cisplatin")]
    public void AVerbOfChangeBeforeTreatmentOrOfNoAnalyteIsNoAdverseEvent(string text, string drugs) =>
        Assert.Empty(ClinicalRun.Run(text, drugs.Split(',')).AdverseEvents);
}
