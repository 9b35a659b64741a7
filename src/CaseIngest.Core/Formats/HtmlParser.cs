using CaseIngest.Core.Model;
using CaseIngest.Core.Parsing;

namespace CaseIngest.Core.Formats;

/// <summary>Any other HTML page: the visible text of its body, headings as sections; title and description from the head.</summary>
public sealed class HtmlParser : IDocumentParser
{
    public string Format => "html";

    public bool Match(string text, string name) => HtmlSniffer.IsHtml(text);

    public ParseResult Parse(string text, string name)
    {
        var document = HtmlTree.Load(text, out var error);
        if (document is null)
        {
            return new ParseResult(null, error);
        }

        var body = HtmlTree.First(document.DocumentNode, "body") ?? document.DocumentNode;
        var assembler = new TextAssembler();
        new HtmlTextWriter(assembler).Write(body);
        var (plain, sections) = assembler.Build();
        if (plain.Length == 0)
        {
            return ParseResult.Failed(ErrorCodes.Empty, "The HTML page has no visible text.");
        }

        var meta = HtmlMeta.Read(document.DocumentNode);
        var title = meta.First("citation_title") ?? meta.First("dc.title")
            ?? (sections.Count > 0 && sections[0].Kind == SectionKind.Title ? plain[sections[0].Start..sections[0].End].Trim() : null)
            ?? meta.First("og:title")
            ?? InlineText.NullIfEmpty(HtmlTree.TextOf(HtmlTree.First(document.DocumentNode, "title")));
        return ParseResult.Success(new ParsedDocument(Format, plain, sections, meta.ToArticle() with { Title = title }));
    }
}
