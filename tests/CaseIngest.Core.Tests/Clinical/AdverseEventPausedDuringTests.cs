namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A drug told paused while an event lasted ("sunitinib was paused during the thrombocytopenia") is the event's cause
/// as a drug held for it is, unless the event's own clause names the treatment it followed ("… after
/// chemotherapy"): the event is then that treatment's, and the paused drug was only kept from making it worse.
/// </summary>
public sealed class AdverseEventPausedDuringTests
{
    [Theory]
    [InlineData("A 45-year-old man with acute myeloid leukemia received midostaurin with daunorubicin and cytarabine. Midostaurin was held during the period of febrile neutropenia after chemotherapy.",
        "midostaurin,daunorubicin,cytarabine", "febrile neutropenia:-:daunorubicin+cytarabine")]
    [InlineData("A 52-year-old woman with acute myeloid leukemia received sorafenib, and a course of chemotherapy with decitabine and cytarabine was added. Sorafenib was briefly interrupted during the myelosuppression after chemotherapy.",
        "sorafenib,decitabine,cytarabine", "myelosuppression:-:decitabine+cytarabine")]
    public void TheTreatmentTheEventFollowedIsItsCause(string text, string drugs, string expected) =>
        Assert.Equal(expected, AdverseEventProbe.Read(text, drugs));

    [Theory]
    [InlineData("A 60-year-old woman with kidney cancer received sunitinib. Sunitinib was held during the period of grade 3 thrombocytopenia.",
        "sunitinib", "thrombocytopenia:3:sunitinib")]
    [InlineData("A 52-year-old man with colon cancer received bevacizumab with oxaliplatin and capecitabine. Bevacizumab was withheld because of grade 3 hypertension.",
        "bevacizumab,oxaliplatin,capecitabine", "hypertension:3:bevacizumab")]
    public void TheDrugPausedForTheEventStaysItsCause(string text, string drugs, string expected) =>
        Assert.Equal(expected, AdverseEventProbe.Read(text, drugs));
}
