namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// An event the words after it say never appeared ("peripheral neuropathy never appeared", "liver dysfunction did not
/// appear") is no adverse event, also when an aside that describes it stands between ("anaemia, a common adverse effect
/// of olaparib, was not observed"); an event that appeared only later, or that the aside does not deny, counts.
/// </summary>
public sealed class AdverseEventDeniedAppearanceTests
{
    [Theory]
    [InlineData("A 66-year-old man with hepatocellular carcinoma was treated with sorafenib. Liver dysfunction did not appear during the first three months.", "sorafenib")]
    [InlineData("A 52-year-old woman with breast cancer received weekly paclitaxel. Peripheral neuropathy never appeared over the twelve doses.", "paclitaxel")]
    [InlineData("A 57-year-old woman with ovarian cancer received olaparib. Anaemia, a common adverse effect of olaparib, was not observed.", "olaparib")]
    [InlineData("A 63-year-old man with prostate cancer received docetaxel. Febrile neutropenia, which often complicates docetaxel, did not appear.", "docetaxel")]
    [InlineData("A 60-year-old man with renal cell carcinoma received sunitinib. Hypertension, the most frequent toxicity of sunitinib, did not develop.", "sunitinib")]
    public void AnEventDeniedToHaveAppearedIsNone(string text, string drugs) =>
        Assert.Equal(string.Empty, AdverseEventProbe.Read(text, drugs));

    [Theory]
    [InlineData("A 66-year-old man with hepatocellular carcinoma was treated with sorafenib. He developed liver dysfunction after two months of sorafenib.", "sorafenib", "hepatitis:-:sorafenib")]
    [InlineData("A 70-year-old man with lung adenocarcinoma received pembrolizumab. Pneumonitis did not appear until the eighth cycle.", "pembrolizumab", "pneumonitis:-:pembrolizumab")]
    [InlineData("A 59-year-old woman with colon cancer received capecitabine. Hepatic dysfunction of grade 2 was noted after the fourth cycle of capecitabine.", "capecitabine", "hepatitis:2:capecitabine")]
    public void AnEventThatAppearedCounts(string text, string drugs, string expected) =>
        Assert.Equal(expected, AdverseEventProbe.Read(text, drugs));
}
