using System.Text;
using System.Text.Json;
using CaseIngest.Core.Formats;
using CaseIngest.Core.Json;
using CaseIngest.Core.Parsing;
using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Formats;

/// <summary>PubMed XML and JATS read straight from UTF-8 bytes give exactly what reading the decoded text gives.</summary>
public sealed class Utf8ReadingTests
{
    private static readonly DocumentReader Reader = DocumentReader.CreateDefault(64L * 1024 * 1024);

    public static TheoryData<string> XmlFiles()
    {
        var data = new TheoryData<string>();
        foreach (var path in Corpus.Files("pubmed-xml", "*.xml").Concat(Corpus.Files("jats", "*.nxml")))
        {
            data.Add(Path.GetRelativePath(Corpus.Root, path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(XmlFiles))]
    public void ReadingTheBytesGivesTheDocumentOfTheDecodedText(string file)
    {
        var bytes = File.ReadAllBytes(Corpus.File(file));

        Assert.Equal(ViaText(file, bytes), Describe(Reader.Read(file, bytes)));
    }

    [Theory]
    [MemberData(nameof(XmlFiles))]
    public void WindowsLineEndingsGiveTheSameDocument(string file)
    {
        var bytes = File.ReadAllBytes(Corpus.File(file));
        var crlf = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.Equal(Describe(Reader.Read(file, bytes)), Describe(Reader.Read(file, crlf)));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void MalformedXmlGivesTheSameErrorFromBytesAndText(string newline)
    {
        var xml = "<?xml version=\"1.0\"?>" + newline + "<PubmedArticleSet>" + newline + "<PubmedArticle><MedlineCitation><PMID>1</PMID>"
            + newline + "<Article><ArticleTitle>Title</Article></MedlineCitation></PubmedArticle></PubmedArticleSet>";
        var bytes = Encoding.UTF8.GetBytes(xml);

        var direct = Reader.Read("broken.xml", bytes);

        Assert.Equal("malformed-xml", direct.Error?.Code);
        Assert.Equal(ViaText("broken.xml", bytes), Describe(direct));
    }

    [Theory]
    [InlineData("<!--", "-->")]
    [InlineData("<!DOCTYPE PubmedArticleSet [", "]>")]
    public void APrologLongerThanTheSniffedHeadIsReadAsTheTextIs(string open, string close)
    {
        var xml = "<?xml version=\"1.0\"?>\n" + open + new string(' ', 40_000) + close + "\n<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>7</PMID>"
            + "<Article><ArticleTitle>Cisplatin for a late root.</ArticleTitle></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>";
        var bytes = Encoding.UTF8.GetBytes(xml);

        var result = Reader.Read("late-root.xml", bytes);

        Assert.Equal(ViaText("late-root.xml", bytes), Describe(result));
        Assert.NotEqual("pubmed-xml", result.Document?.Format);
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?>\n<PubmedArticleSet>", true, "PubmedArticleSet")]
    [InlineData("<?xml version=\"1.0\"?>\n<PubmedArt", false, null)]
    [InlineData("<!-- an open comment", false, null)]
    [InlineData("Case presentation", true, null)]
    public void TheRootOfAHeadIsTold(string head, bool told, string? root)
    {
        var answer = XmlSniffer.TryRootName(head, complete: false, out var name);

        Assert.Equal(told, answer);
        Assert.Equal(root, answer ? name : null);
    }

    private static string ViaText(string name, byte[] bytes)
    {
        var text = TextDecoder.Decode(bytes).Text!;
        foreach (var parser in FormatParsers.CreateDefault())
        {
            if (parser.Match(text, name))
            {
                return Describe(parser.Parse(text, name));
            }
        }

        return "no parser";
    }

    private static string Describe(ParseResult result) =>
        result.Document is { } document
            ? $"{document.Format}\n{document.Text}\n{string.Join("\n", document.Sections)}\n{JsonSerializer.Serialize(document.Article, CaseJson.Options)}"
            : $"{result.Error?.Code}: {result.Error?.Message}";
}
