namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A drug the patient is started on in a clause joined to the event by "and" ("a pneumonia caused by Mycoplasma and was
/// started on azithromycin") is started after it, even when a cause word stands in the event's own clause: the cause
/// word tells what the event came from, not that the drug caused it. The event is then read without the drug: an
/// infection its sentence ascribes to a germ is none, one told with its drug stays that drug's.
/// </summary>
public sealed class AdverseEventCoordinatedStartTests
{
    [Theory]
    [InlineData("A 58-year-old woman presented with fever and a dry cough. She was found to have a pneumonia caused by Mycoplasma pneumoniae and was started on azithromycin. A marrow aspirate then showed acute myeloid leukemia.",
        "azithromycin", "")]
    [InlineData("A 60-year-old woman with breast cancer received capecitabine. She had a urinary tract infection caused by Escherichia coli and was then started on ciprofloxacin.",
        "capecitabine,ciprofloxacin", "")]
    public void TheDrugStartedAfterTheEventIsNotItsCause(string text, string drugs, string expected) =>
        Assert.Equal(expected, AdverseEventProbe.Read(text, drugs));

    [Theory]
    [InlineData("A 70-year-old man with melanoma received ipilimumab. He developed colitis due to ipilimumab and was started on prednisone.",
        "ipilimumab,prednisone", "colitis:-:ipilimumab")]
    [InlineData("A 71-year-old man with lung cancer received pembrolizumab. Three weeks later he had hepatitis related to pembrolizumab and was started on methylprednisolone.",
        "pembrolizumab,methylprednisolone", "hepatitis:-:pembrolizumab")]
    [InlineData("A 64-year-old woman with myeloma received bortezomib. She developed peripheral neuropathy during bortezomib and was started on pregabalin.",
        "bortezomib,pregabalin", "peripheral neuropathy:-:bortezomib")]
    public void TheDrugTheEventCameFromStaysItsCause(string text, string drugs, string expected) =>
        Assert.Equal(expected, AdverseEventProbe.Read(text, drugs));
}
