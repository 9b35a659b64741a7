namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A laboratory change written as a noun ("a rise in serum bilirubin", "an increase of creatinine", "a drop in
/// platelet count") names the CTCAE investigation as "increased bilirubin" does.
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
}
