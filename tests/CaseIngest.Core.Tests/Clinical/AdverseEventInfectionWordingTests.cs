namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Infections a treatment lets in or wakes, in the wordings authors use ("CMV reactivation", "herpes zoster"), are the
/// events of CTCAE's infection terms; palmar-plantar erythrodysesthesia abbreviated as "PPE" is the hand-foot syndrome.
/// </summary>
public sealed class AdverseEventInfectionWordingTests
{
    [Theory]
    [InlineData("She received rituximab for lymphoma. After four infusions she had CMV reactivation.", "rituximab", "cytomegalovirus reactivation:-:rituximab")]
    [InlineData("She received alemtuzumab for T-cell leukaemia. During treatment, cytomegalovirus reactivation was detected.", "alemtuzumab", "cytomegalovirus reactivation:-:alemtuzumab")]
    [InlineData("He received fludarabine for CLL. During chemotherapy he developed herpes zoster.", "fludarabine", "herpes zoster:-:fludarabine")]
    [InlineData("She was given bortezomib for myeloma. After the third cycle she developed herpes zoster of the chest wall.", "bortezomib", "herpes zoster:-:bortezomib")]
    [InlineData("He received rituximab for lymphoma. HBV reactivation occurred after the sixth cycle.", "rituximab", "hepatitis b reactivation:-:rituximab")]
    [InlineData("She received ibrutinib for lymphoma. While on ibrutinib she developed EBV reactivation.", "ibrutinib", "epstein-barr virus reactivation:-:ibrutinib")]
    [InlineData("He received capecitabine for colon cancer. He developed PPE on capecitabine.", "capecitabine", "hand-foot syndrome:-:capecitabine")]
    [InlineData("He received capecitabine for colon cancer. PPE occurred with capecitabine after six weeks.", "capecitabine", "hand-foot syndrome:-:capecitabine")]
    public void AnInfectionOrPpeAfterTheDrugIsItsEvent(string text, string drugs, string expected) =>
        Assert.Equal(expected, AdverseEventProbe.Read(text, drugs));

    [Theory]
    [InlineData("He presented with herpes zoster of the chest wall. Valaciclovir was started.", "valaciclovir")]
    [InlineData("She had a history of herpes zoster. Rituximab was started for lymphoma.", "rituximab")]
    public void AnInfectionBeforeTreatmentIsNone(string text, string drugs) =>
        Assert.Equal(string.Empty, AdverseEventProbe.Read(text, drugs));
}
