using CaseIngest.Core.Extraction;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Tests.Engine;

/// <summary>
/// Abbreviations in capitals and phrases ignoring case, merged leftmost-longest without overlap: in text order, the
/// longer of two matches at one start, and the phrase ignoring case when both name the same words.
/// </summary>
public sealed class TermMatcherTests
{
    private static TermMatcher<string> Create()
    {
        var matcher = new TermMatcher<string>();
        matcher.Add("NSCLC", "nsclc abbreviation");
        matcher.Add("non small cell lung cancer", "nsclc");
        matcher.Add("SJS", "sjs abbreviation");
        matcher.Add("stevens johnson syndrome", "sjs");
        matcher.Add("AML", "aml abbreviation");
        matcher.Add("aml relapse", "aml relapse");
        matcher.Add("HCC", "hcc abbreviation");
        matcher.Add("hcc", "hcc folded");
        matcher.Add("TKI", "tki abbreviation");
        matcher.Add("tki induced sjs", "tki sjs");
        return matcher;
    }

    private static string[] Read(string text)
    {
        var matches = Create().Match(text, Tokenizer.Tokenize(text));
        return [.. matches.Select(m => text[m.Start..m.End] + "=" + m.Value)];
    }

    [Theory]
    [InlineData("Stage IV NSCLC was treated; SJS followed.", new[] { "NSCLC=nsclc abbreviation", "SJS=sjs abbreviation" })]
    [InlineData("SJS after treatment of non small cell lung cancer", new[] { "SJS=sjs abbreviation", "non small cell lung cancer=nsclc" })]
    [InlineData("stevens johnson syndrome (SJS) in a patient with NSCLC", new[] { "stevens johnson syndrome=sjs", "SJS=sjs abbreviation", "NSCLC=nsclc abbreviation" })]
    [InlineData("an nsclc and an sjs in lower case", new string[0])]
    public void AbbreviationsMatchInCapitalsAndPhrasesIgnoringCaseInTextOrder(string text, string[] expected) =>
        Assert.Equal(expected, Read(text));

    [Theory]
    [InlineData("An AML relapse was treated.", new[] { "AML relapse=aml relapse" })]
    [InlineData("AML in remission, then an aml relapse", new[] { "AML=aml abbreviation", "aml relapse=aml relapse" })]
    [InlineData("A TKI induced SJS was graded.", new[] { "TKI induced SJS=tki sjs" })]
    [InlineData("After the TKI, SJS and AML", new[] { "TKI=tki abbreviation", "SJS=sjs abbreviation", "AML=aml abbreviation" })]
    public void TheLongerMatchAtOneStartIsKeptAndAnOverlappedMatchDropped(string text, string[] expected) =>
        Assert.Equal(expected, Read(text));

    [Theory]
    [InlineData("HCC of the right lobe", new[] { "HCC=hcc folded" })]
    [InlineData("hcc and HCC", new[] { "hcc=hcc folded", "HCC=hcc folded" })]
    public void WordsBothTriesNameGiveThePhraseIgnoringCase(string text, string[] expected) =>
        Assert.Equal(expected, Read(text));
}
