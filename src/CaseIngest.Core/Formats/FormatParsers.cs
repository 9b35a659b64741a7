using CaseIngest.Core.Parsing;

namespace CaseIngest.Core.Formats;

/// <summary>The parsers in the order they are tried: the most specific formats first, plain text last.</summary>
public static class FormatParsers
{
    public static IReadOnlyList<IDocumentParser> CreateDefault() =>
    [
        new PubMedXmlParser(),
        new JatsXmlParser(),
        new MedlineTextParser(),
        new PubMedHtmlParser(),
        new HtmlParser(),
        new XmlDocumentGuard(),
        new PubMedTextParser(),
        new MarkdownParser(),
        new PlainTextParser(),
    ];
}
