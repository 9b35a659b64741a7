namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// An event the authors rule out as the treatment's, or ascribe to the disease's progression, is no adverse event;
/// neither is an event of the narrative when no treatment was given before it.
/// </summary>
public sealed class AdverseEventRuledOutTests
{
    [Theory]
    [InlineData("He was treated with pembrolizumab. After the fourth dose he developed grade 2 fatigue, which was considered unrelated to pembrolizumab.", "pembrolizumab")]
    [InlineData("She received nivolumab every two weeks. Three months later she developed a rash that was not thought to be related to nivolumab.", "nivolumab")]
    [InlineData("She received nivolumab. Two months later she developed abdominal pain attributed to disease progression.", "nivolumab")]
    [InlineData("He was given sunitinib. A month later he had hypertension, not drug-related in the view of his cardiologist.", "sunitinib")]
    public void AnEventRuledOutAsTheTreatmentsIsNoAdverseEvent(string text, string drug) =>
        Assert.Empty(ClinicalRun.Run(text, drug).AdverseEvents);

    [Theory]
    [InlineData("A 72-year-old man with type 2 diabetes took metformin. Since March he had had intermittent fever and night sweats. Blood tests showed moderate anemia.", "metformin")]
    [InlineData("A 38-year-old woman with asthma used inhaled budesonide daily. She was admitted with a cough. During the admission she developed hyponatremia and a seizure.", "budesonide")]
    public void AnEventOfTheNarrativeWithNoAnticancerTreatmentBeforeItIsNoAdverseEvent(string text, string drug) =>
        Assert.Empty(ClinicalRun.Run(text, drug).AdverseEvents);

    [Fact]
    public void AnEventTiedToANonAnticancerDrugStaysAnAdverseEvent() =>
        Assert.Equal("hyperglycemia", Assert.Single(ClinicalRun.Run("He was given dexamethasone for cerebral edema. He developed steroid-induced hyperglycemia.", "dexamethasone").AdverseEvents).Term);
}
