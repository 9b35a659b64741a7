using CaseIngest.Core.Model;
using CaseIngest.Core.Parsing;

namespace CaseIngest.Core.Formats;

/// <summary>
/// Plain text: the fallback format. Sections come from heading lines ("Case presentation", "Discussion", "References" …);
/// the title and the header block's identifiers, dates and by-line give the article metadata.
/// </summary>
public sealed class PlainTextParser : IDocumentParser
{
    public string Format => "text";

    public bool Match(string text, string name) => true;

    public ParseResult Parse(string text, string name)
    {
        var sections = Sectioner.Split(text);
        var title = TitleLines.Find(text);
        var article = new ArticleInfo { Title = title is { } line ? text[line.Start..line.End] : null };
        return ParseResult.Success(new ParsedDocument(Format, text, sections, HeaderMetadata.Complete(article, text, title?.End ?? -1)));
    }
}
