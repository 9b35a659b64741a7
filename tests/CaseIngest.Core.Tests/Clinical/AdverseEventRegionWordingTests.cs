namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Events named by the body region or in everyday words rather than by their CTCAE term: pain of an abdominal quadrant
/// is abdominal pain, a transient loss of consciousness is syncope, weakness of the legs is lower-limb muscle weakness.
/// </summary>
public sealed class AdverseEventRegionWordingTests
{
    [Theory]
    [InlineData("She underwent chemoembolization with epirubicin. The day after the procedure she had right upper quadrant pain attributed to the epirubicin.", "epirubicin", "Abdominal pain")]
    [InlineData("He received high-dose methotrexate. Three days later he had a transient loss of consciousness attributed to methotrexate.", "methotrexate", "Syncope")]
    [InlineData("She was treated with vincristine. After the third dose she developed lower extremity weakness.", "vincristine", "Muscle weakness lower limb")]
    public void ARegionOrEverydayWordingNamesTheCtcaeTerm(string text, string drugs, string ctcae)
    {
        var adverseEvent = Assert.Single(ClinicalRun.Run(text, drugs.Split(',')).AdverseEvents, e => e.CtcaeTerm == ctcae);
        Assert.Equal(drugs.Split(','), adverseEvent.Therapy);
    }

    [Fact]
    public void APresentingQuadrantPainIsNoAdverseEvent() =>
        Assert.Empty(ClinicalRun.Run(
            "A 61-year-old woman presented with right upper quadrant pain and weight loss. A liver mass was found and she received sorafenib.", "sorafenib").AdverseEvents);

    [Fact]
    public void AComplaintOfPresentationRecurringAfterChemoembolizationIsItsAdverseEvent()
    {
        var context = ClinicalRun.Run(
            "A 57-year-old man presented with right upper quadrant pain and was found to have hepatocellular carcinoma. He underwent transarterial chemoembolization with epirubicin. He experienced right upper quadrant pain after TACE.",
            "epirubicin");
        var adverseEvent = Assert.Single(context.AdverseEvents);
        Assert.Equal("Abdominal pain", adverseEvent.CtcaeTerm);
        Assert.Equal(["epirubicin"], adverseEvent.Therapy);
    }

    [Fact]
    public void APresentingComplaintThatImprovedAfterATreatmentIsNoAdverseEvent() =>
        Assert.Empty(ClinicalRun.Run(
            "A 59-year-old man presented with fever and low back pain. A renal tumour was found and he received sunitinib. His fever and low back pain improved after antibiotic treatment.",
            "sunitinib").AdverseEvents);
}
