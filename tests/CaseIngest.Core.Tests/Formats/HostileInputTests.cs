using System.Text;
using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Formats;

/// <summary>Broken or hostile XML and HTML becomes a rejection with a stable code, never an exception or a crash.</summary>
public sealed class HostileInputTests
{
    private const string BillionLaughs = """
        <?xml version="1.0"?>
        <!DOCTYPE PubmedArticleSet [
          <!ENTITY lol "lol">
          <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
          <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
        ]>
        <PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article><ArticleTitle>&lol3;</ArticleTitle></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>
        """;

    private const string ExternalEntity = """
        <?xml version="1.0"?>
        <!DOCTYPE article [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
        <article><front><article-meta><title-group><article-title>&secret;</article-title></title-group></article-meta></front></article>
        """;

    [Theory]
    [InlineData(BillionLaughs, "entity expansion")]
    [InlineData(ExternalEntity, "external entity")]
    [InlineData("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">]>\n<lolz>&lol;</lolz>", "entity in unknown XML")]
    [InlineData("<?xml version=\"1.0\"?>\n<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>123</PMID><Article><ArticleTitle>Cut off", "truncated PubMed XML")]
    [InlineData("<article><front><article-meta><title-group><article-title>A</title-group></article-meta></front></article>", "mismatched JATS tags")]
    [InlineData("<?xml version=\"1.0\"?>\n<PubmedArticleSet><PubmedArticle>&undefined;</PubmedArticle></PubmedArticleSet>", "undefined entity")]
    public void HostileOrBrokenXmlIsRejectedAsMalformedXml(string xml, string because)
    {
        var result = Engines.Default.Process("hostile.xml", Encoding.UTF8.GetBytes(xml));
        Assert.False(result.Succeeded, because);
        Assert.Equal("malformed-xml", result.Rejection!.Error.Code);
        Assert.DoesNotContain("root:", result.Rejection.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WellFormedXmlOfAnUnknownVocabularyIsUnsupported()
    {
        var result = Engines.Default.Process("data.xml", Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?>\n<catalog><book>Dune</book></catalog>"));
        Assert.Equal("unsupported-format", result.Rejection?.Error.Code);
    }

    [Fact]
    public void TheEmptyPubMedSetIsRejectedAsEmptyWithAClearMessage()
    {
        var result = Engines.Default.Process("37909814.xml", File.ReadAllBytes(Corpus.File("pubmed-xml", "metapub", "37909814.xml")));
        Assert.False(result.Succeeded);
        Assert.Equal("empty", result.Rejection!.Error.Code);
        Assert.Contains("no article", result.Rejection.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HtmlNestedAHundredThousandLevelsDeepDoesNotOverflowTheStack()
    {
        const int depth = 100_000;
        var html = new StringBuilder("<!DOCTYPE html><html><body>");
        html.Insert(html.Length, "<div>", depth);
        html.Append("The patient received pembrolizumab.");
        html.Insert(html.Length, "</div>", depth);
        html.Append("</body></html>");

        var result = Engines.Default.Process("deep.html", Encoding.UTF8.GetBytes(html.ToString()));

        Assert.False(result.Succeeded);
        Assert.Equal("malformed-html", result.Rejection!.Error.Code);
    }

    [Fact]
    public void UnclosedHtmlTagsNestingDeeplyDoNotOverflowTheStack()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<span><b>", 60_000)) + "text";

        var result = Engines.Default.Process("unclosed.html", Encoding.UTF8.GetBytes(html));

        Assert.True(result.Succeeded || result.Rejection!.Error.Code == "malformed-html");
    }

    [Fact]
    public void ModeratelyNestedHtmlIsStillRead()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 500)) + "The patient received pembrolizumab." + string.Concat(Enumerable.Repeat("</div>", 500)) + "</body></html>";

        var document = Parsed.Document(html, "nested.html");

        Assert.Equal("html", document.Format);
        Assert.Contains("The patient received pembrolizumab.", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void XmlNestedFiftyThousandLevelsDeepIsRejectedQuickly()
    {
        const int depth = 50_000;
        var xml = new StringBuilder("<?xml version=\"1.0\"?>\n<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article><ArticleTitle>");
        xml.Insert(xml.Length, "<i>", depth);
        xml.Append("Deep title");
        xml.Insert(xml.Length, "</i>", depth);
        xml.Append("</ArticleTitle></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>");

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = Engines.Default.Process("deep.xml", Encoding.UTF8.GetBytes(xml.ToString()));

        Assert.Equal("malformed-xml", result.Rejection?.Error.Code);
        // a guard against runaway recursion or expansion on a loaded CI machine, not a speed target
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"took {watch.Elapsed}");
    }

    [Fact]
    public void XmlNestedTooDeepInsideTheReferenceListIsRejectedToo()
    {
        var xml = "<?xml version=\"1.0\"?>\n<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article><ArticleTitle>Title</ArticleTitle>"
            + "</Article></MedlineCitation><PubmedData><ReferenceList>" + string.Concat(Enumerable.Repeat("<Reference>", 2000))
            + string.Concat(Enumerable.Repeat("</Reference>", 2000)) + "</ReferenceList></PubmedData></PubmedArticle></PubmedArticleSet>";

        var result = Engines.Default.Process("deep-references.xml", Encoding.UTF8.GetBytes(xml));

        Assert.Equal("malformed-xml", result.Rejection?.Error.Code);
        Assert.Contains("deeper than", result.Rejection?.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedMarkupInsideTheReferenceListIsRejected()
    {
        const string xml = "<?xml version=\"1.0\"?>\n<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article><ArticleTitle>Title</ArticleTitle>"
            + "</Article></MedlineCitation><PubmedData><ReferenceList><Reference><Citation>Smith</Reference></ReferenceList></PubmedData></PubmedArticle></PubmedArticleSet>";

        var result = Engines.Default.Process("broken-references.xml", Encoding.UTF8.GetBytes(xml));

        Assert.Equal("malformed-xml", result.Rejection?.Error.Code);
    }

    [Fact]
    public void XmlNestedAFewHundredLevelsIsStillRead()
    {
        var xml = "<?xml version=\"1.0\"?>\n<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article><ArticleTitle>"
            + string.Concat(Enumerable.Repeat("<i>", 300)) + "Deep title" + string.Concat(Enumerable.Repeat("</i>", 300))
            + "</ArticleTitle></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>";

        var result = Engines.Default.Process("nested.xml", Encoding.UTF8.GetBytes(xml));

        Assert.Equal("Deep title", result.Record?.Article.Title);
    }

    [Theory]
    [InlineData("spaces")]
    [InlineData("digits")]
    [InlineData("capitals")]
    [InlineData("emphasis")]
    [InlineData("stops")]
    [InlineData("brackets")]
    public void PathologicalLongLinesParseInLinearTime(string shape)
    {
        var line = shape switch
        {
            "spaces" => "# " + new string(' ', 100_000) + "x",
            "digits" => "Skip to main page content\nAn official website of the United States government\nPubMed Disclaimer\nCureus. 2024 Jan 5;16(1):e1.\nA title\nJane Doe " + new string('1', 100_000) + "x, " + new string('2', 50_000) + "\nAbstract\nText.",
            "capitals" => "PMID- 1\nAB  - " + string.Concat(Enumerable.Repeat("ABCD EFGH ", 20_000)),
            "stops" => string.Concat(Enumerable.Repeat("ab.Cd", 40_000)),
            "brackets" => string.Concat(Enumerable.Repeat("a (\n) b\n", 40_000)),
            _ => string.Concat(Enumerable.Repeat("**a [b](c ", 20_000)),
        };

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = Engines.Default.Process("long.txt", Encoding.UTF8.GetBytes(line));

        Assert.True(result.Succeeded, result.Rejection?.Error.Message);
        // a guard against catastrophic backtracking on a loaded CI machine, not a speed target
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"{shape} took {watch.Elapsed}");
    }
}
