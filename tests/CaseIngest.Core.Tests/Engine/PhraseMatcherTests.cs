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
    public void DoesNotMatchInsideAWord()
    {
        const string text = "prepembrolizumab";
        Assert.Empty(Create().Match(text, Tokenizer.Tokenize(text)));
    }

    [Theory]
    [InlineData("diagnosed with non small\ncell lung cancer in 2020", "nsclc", "non small\ncell lung cancer")]
    [InlineData("a relapse of hodgkin\r\nlymphoma", "hodgkin", "hodgkin\r\nlymphoma")]
    public void APhraseWrappedOverALineBreakInsideASentenceIsFound(string text, string value, string span)
    {
        var match = Assert.Single(Create().Match(text, Tokenizer.Tokenize(text)));
        Assert.Equal(value, match.Value);
        Assert.Equal(span, text[match.Start..match.End]);
    }

    [Theory]
    [InlineData("He smoked for years.\nSmall cell lung cancer was excluded.", "sclc")]
    [InlineData("Diagnosis: non small\n\ncell lung cancer", null)]
    [InlineData("Stage: non small\nCell lung cancer", null)]
    public void ALineBreakThatEndsASentenceStillSeparatesPhrases(string text, string? value)
    {
        var values = Create().Match(text, Tokenizer.Tokenize(text)).Select(m => m.Value).ToList();
        Assert.DoesNotContain("nsclc", values);
        if (value is not null)
        {
            Assert.Contains(value, values);
        }
    }
}
