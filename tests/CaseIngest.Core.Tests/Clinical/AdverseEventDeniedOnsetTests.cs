namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// An event the words after it deny came about ("neutropenia did not develop", "febrile neutropenia never occurred",
/// "hepatotoxicity was not detected") is no adverse event; an event that developed beside one that did not is.
/// </summary>
public sealed class AdverseEventDeniedOnsetTests
{
    [Theory]
    [InlineData("A 64-year-old woman with breast cancer received docetaxel. Neutropenia did not develop.", "docetaxel")]
    [InlineData("A 57-year-old man with lymphoma received bendamustine and rituximab. Febrile neutropenia never occurred during the six cycles.", "bendamustine,rituximab")]
    [InlineData("A 60-year-old man with kidney cancer was treated with pazopanib. Hepatotoxicity was not detected on the monthly liver tests.", "pazopanib")]
    [InlineData("A 52-year-old woman with melanoma received nivolumab. Hypothyroidism never developed despite 2 years of treatment.", "nivolumab")]
    public void AnEventDeniedToHaveComeAboutIsNone(string text, string drugs) =>
        Assert.Equal(string.Empty, AdverseEventProbe.Read(text, drugs));

    [Theory]
    [InlineData("A 58-year-old man with lung cancer received pembrolizumab. Pneumonitis did not develop until the tenth dose.", "pembrolizumab", "pneumonitis:-:pembrolizumab")]
    [InlineData("A 61-year-old woman with melanoma received ipilimumab and nivolumab. Colitis did not occur until the fourth infusion.", "ipilimumab,nivolumab", "colitis:-:ipilimumab+nivolumab")]
    public void AnEventDeniedOnlyUntilALaterDoseCounts(string text, string drugs, string expected) =>
        Assert.Equal(expected, AdverseEventProbe.Read(text, drugs));

    [Fact]
    public void AnEventBesideOneThatDidNotDevelopCounts() =>
        Assert.Equal("fatigue:2:docetaxel", AdverseEventProbe.Read(
            "A 64-year-old woman with breast cancer received docetaxel. She had grade 2 fatigue after the third cycle; neutropenia did not develop.", "docetaxel"));
}
