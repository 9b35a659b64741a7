namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Anticancer drugs that no drug class of the record fits (a proteasome inhibitor, an immunomodulatory drug, a BCL-2
/// inhibitor) are anticancer treatments all the same: an event the narrative tells after them is theirs.
/// </summary>
public sealed class AdverseEventUnclassedAnticancerTests
{
    [Theory]
    [InlineData("A 63-year-old man with multiple myeloma received bortezomib. After four cycles he developed grade 2 peripheral sensory neuropathy.", "bortezomib", "Peripheral sensory neuropathy")]
    [InlineData("A 71-year-old woman with myeloma was started on lenalidomide. Three weeks later she developed a deep vein thrombosis.", "lenalidomide", "Thromboembolic event")]
    [InlineData("A 68-year-old man with chronic lymphocytic leukaemia was given venetoclax. On day 2 he had grade 4 neutropenia.", "venetoclax", "Neutrophil count decreased")]
    public void AnEventAfterAnUnclassedAnticancerDrugIsItsAdverseEvent(string text, string drug, string ctcae)
    {
        var adverseEvent = Assert.Single(ClinicalRun.Run(text, drug).AdverseEvents, e => e.CtcaeTerm == ctcae);
        Assert.Equal([drug], adverseEvent.Therapy);
    }

    [Fact]
    public void AnEventAfterADrugOfNoAnticancerKindNeedsATieOfItsOwn() =>
        Assert.Empty(ClinicalRun.Run(
            "A 66-year-old man with lung cancer was started on levetiracetam. Three weeks later he developed a deep vein thrombosis.", "levetiracetam").AdverseEvents);
}
