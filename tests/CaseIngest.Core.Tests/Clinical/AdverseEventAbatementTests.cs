namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// An event told settling after a treatment ("the hemolysis stabilized", "the fever settled") or named as the object of
/// a noun of its ending ("a lightening of the erythema", "improvement in the diarrhea") is told ending, not occurring:
/// the treatment before it is its remedy, and the mention is no new adverse event. An event told worsening, or
/// occurring and then resolving, stays one.
/// </summary>
public sealed class AdverseEventAbatementTests
{
    [Theory]
    [InlineData("A 64-year-old man with acute myeloid leukemia was found to have hemolysis at diagnosis. After eculizumab was begun, the hemolysis stabilized over the following days, and azacitidine was started.",
        "eculizumab,azacitidine", "")]
    [InlineData("A 70-year-old woman with melanoma received pembrolizumab and two weeks later developed a diffuse pustular rash. After methylprednisolone there was a lightening of the erythema and resolution of the pustules.",
        "pembrolizumab,methylprednisolone", "rash:-:pembrolizumab")]
    [InlineData("A 49-year-old woman with breast cancer received docetaxel and developed febrile neutropenia. She was treated with cefepime, and the fever settled within two days.",
        "docetaxel,cefepime", "febrile neutropenia:-:docetaxel")]
    [InlineData("A 59-year-old man with melanoma received nivolumab and developed grade 2 colitis after the fourth dose. After budesonide there was a marked improvement in the diarrhea.",
        "nivolumab,budesonide", "colitis:2:nivolumab")]
    public void AnEventToldEndingIsNoNewEvent(string text, string drugs, string expected) =>
        Assert.Equal(expected, AdverseEventProbe.Read(text, drugs));

    [Theory]
    [InlineData("A 45-year-old woman with breast cancer received paclitaxel. Following the third infusion of paclitaxel, her neuropathy worsened.",
        "paclitaxel", "peripheral neuropathy:-:paclitaxel")]
    [InlineData("A 56-year-old man with rectal cancer received irinotecan and developed diarrhea that resolved with loperamide.",
        "irinotecan,loperamide", "diarrhea:-:irinotecan")]
    [InlineData("A 63-year-old woman with ovarian cancer received paclitaxel. After the second cycle there was a worsening of the neuropathy in her feet.",
        "paclitaxel", "peripheral neuropathy:-:paclitaxel")]
    public void AnEventToldWorseningOrOccurringStaysAnEvent(string text, string drugs, string expected) =>
        Assert.Equal(expected, AdverseEventProbe.Read(text, drugs));
}
