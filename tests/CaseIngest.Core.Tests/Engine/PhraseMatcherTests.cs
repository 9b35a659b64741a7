using CaseIngest.Core.Text;

namespace CaseIngest.Core.Tests.Engine;

public sealed class PhraseMatcherTests
{
    private static PhraseMatcher<string> Create()
    {
        var matcher = new PhraseMatcher<string>();
        matcher.Add("PD-L1", "pd-l1");
        matcher.Add("pembrolizumab", "pembrolizumab");
        matcher.Add("5-fluorouracil", "fluorouracil");
        matcher.Add("fluorouracil", "fluorouracil");
        matcher.Add("small cell lung cancer", "sclc");
        matcher.Add("non small cell lung cancer", "nsclc");
        matcher.Add("hodgkin lymphoma", "hodgkin");
        matcher.Add("wilms' tumor", "wilms");
        matcher.Add("kaposi's sarcoma", "kaposi");
        return matcher;
    }

    [Theory]
    [InlineData("PD-L1 TPS was 80%", "pd-l1", "PD-L1")]
    [InlineData("PD L1 expression", "pd-l1", "PD L1")]
    [InlineData("Pembrolizumab was started", "pembrolizumab", "Pembrolizumab")]
    [InlineData("given 5-FU and 5-fluorouracil", "fluorouracil", "5-fluorouracil")]
    [InlineData("with non-small cell lung cancer", "nsclc", "non-small cell lung cancer")]
    public void FindsThePhraseLeftmostLongest(string text, string value, string span)
    {
        var match = Assert.Single(Create().Match(text, Tokenizer.Tokenize(text)));
        Assert.Equal(value, match.Value);
        Assert.Equal(span, text[match.Start..match.End]);
    }

    [Theory]
    [InlineData("a relapse of Hodgkin's lymphoma in 2019", "hodgkin", "Hodgkin's lymphoma")]
    [InlineData("classic Hodgkin’s lymphoma was diagnosed", "hodgkin", "Hodgkin’s lymphoma")]
    [InlineData("a left Wilms' tumor", "wilms", "Wilms' tumor")]
    [InlineData("a Wilms tumor of the left kidney", "wilms", "Wilms tumor")]
    [InlineData("biopsy confirmed Kaposi's sarcoma", "kaposi", "Kaposi's sarcoma")]
    [InlineData("biopsy confirmed Kaposi sarcoma", "kaposi", "Kaposi sarcoma")]
    public void ReadsAPossessiveEponymAsTheNameWithOrWithoutIt(string text, string value, string span)
    {
        var match = Assert.Single(Create().Match(text, Tokenizer.Tokenize(text)));
        Assert.Equal(value, match.Value);
        Assert.Equal(span, text[match.Start..match.End]);
    }

    [Theory]
    [InlineData("Hodgkin's")]
    [InlineData("Hodgkin' s lymphoma")]
    [InlineData("Hodgkin''s lymphoma")]
    public void DoesNotJoinAQuotedOrBrokenPossessive(string text) => Assert.Empty(Create().Match(text, Tokenizer.Tokenize(text)));

    [Fact]
    public void DoesNotJoinWordsAcrossALineBreak()
    {
        const string text = "non small\ncell lung cancer";
        Assert.Empty(Create().Match(text, Tokenizer.Tokenize(text)));
    }

    [Fact]
    public void DoesNotMatchInsideAWord()
    {
        const string text = "prepembrolizumab";
        Assert.Empty(Create().Match(text, Tokenizer.Tokenize(text)));
    }
}
