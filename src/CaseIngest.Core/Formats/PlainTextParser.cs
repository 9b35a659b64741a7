using CaseIngest.Core.Model;
using CaseIngest.Core.Parsing;

namespace CaseIngest.Core.Formats;

/// <summary>Plain text: the fallback format. Sections come from heading lines ("Case presentation", "Discussion", "References" …).</summary>
public sealed class PlainTextParser : IDocumentParser
{
    public string Format => "text";

    public bool Match(string text, string name) => true;

    public ParseResult Parse(string text, string name)
    {
        var sections = Sectioner.Split(text);
        return ParseResult.Success(new ParsedDocument(Format, text, sections, new ArticleInfo { Title = Sectioner.FirstLineTitle(text) }));
    }
}
