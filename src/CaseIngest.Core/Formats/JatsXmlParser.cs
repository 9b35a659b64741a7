using System.Text;
using System.Xml.Linq;
using CaseIngest.Core.Model;
using CaseIngest.Core.Parsing;

namespace CaseIngest.Core.Formats;

/// <summary>
/// PMC JATS / NLM article XML (<c>&lt;article&gt;</c> with front, body, back). Text: title, abstract, body sections
/// (kinds from their titles or sec-type), figure and table captions, back matter and the reference list. The document
/// is read forward once (<see cref="JatsArticleStream"/>), building only the elements read here.
/// </summary>
public sealed class JatsXmlParser : IUtf8DocumentParser
{
    private const int MaxSectionDepth = 32;

    private static readonly HashSet<string> SeparatedElements =
    [
        "p", "title", "label", "caption", "sec", "list-item", "def-item", "term", "def", "name", "string-name", "collab", "surname", "given-names",
        "person-group", "article-title", "source", "year", "volume", "issue", "fpage", "lpage", "elocation-id", "pub-id", "comment",
        "td", "th", "tr", "break", "addr-line", "institution", "country", "etal", "publisher-name", "publisher-loc", "edition",
    ];

    private static readonly HashSet<string> FloatingElements = ["fig", "fig-group", "table-wrap", "table-wrap-group", "supplementary-material", "boxed-text"];

    /// <summary>Titles and citation marks, left out of a text (one delegate for every call, not one per call).</summary>
    private static readonly Func<XElement, bool> SkipTitle = static e => e.Name.LocalName == "title" || CitationMarks.IsCitation(e);

    /// <summary>Figures, tables and the like, and citation marks, left out of a paragraph's text.</summary>
    private static readonly Func<XElement, bool> SkipFloating = static e => FloatingElements.Contains(e.Name.LocalName) || CitationMarks.IsCitation(e);

    public string Format => "jats-xml";

    public bool Match(string text, string name) =>
        XmlSniffer.RootIs(text, "article", "pmc-articleset") && (text.Contains("<front", StringComparison.Ordinal) || text.Contains("<article-meta", StringComparison.Ordinal));

    public ParseResult Parse(string text, string name)
    {
        var read = SafeXml.Read(text, JatsArticleStream.Read, out var error);
        return Parse(read, error);
    }

    bool IUtf8DocumentParser.Match(ReadOnlySpan<byte> utf8, string? rootName, string name) =>
        rootName is "article" or "pmc-articleset" && (utf8.IndexOf("<front"u8) >= 0 || utf8.IndexOf("<article-meta"u8) >= 0);

    ParseResult IUtf8DocumentParser.Parse(ReadOnlySpan<byte> utf8, string name)
    {
        var read = SafeXml.Read(utf8, JatsArticleStream.Read, out var error);
        return Parse(read, error);
    }

    private ParseResult Parse(ArticleRead? read, ExtractionError? error)
    {
        if (read is null)
        {
            return new ParseResult(null, error ?? new ExtractionError(ErrorCodes.MalformedXml, "The XML has no root element."));
        }

        var article = read.Article;
        var meta = article.Child("front").Child("article-meta");
        if (article is null || meta is null)
        {
            return ParseResult.Failed(ErrorCodes.NoArticle, "The JATS document has no article-meta.");
        }

        var assembler = new TextAssembler();
        assembler.Block("Title", SectionKind.Title, XmlText.Of(meta.Child("title-group").Child("article-title")));
        foreach (var abstractElement in meta.Children("abstract"))
        {
            AppendAbstract(assembler, abstractElement);
        }

        if (article.Child("body") is { } body)
        {
            AppendContainer(assembler, body, "Body", SectionKind.Body, new HeadingSequence(), inBody: true, depth: 0);
        }

        if (article.Child("back") is { } back)
        {
            AppendContainer(assembler, back, "Back matter", SectionKind.BackMatter, new HeadingSequence(), inBody: false, depth: 0);
        }

        var (plain, sections) = assembler.Build();
        if (plain.Length == 0)
        {
            return ParseResult.Failed(ErrorCodes.NoArticle, "The JATS article holds no text.");
        }

        return ParseResult.Success(new ParsedDocument(Format, plain, sections, JatsArticleReader.Read(article, meta)));
    }

    private static void AppendAbstract(TextAssembler assembler, XElement abstractElement)
    {
        var type = abstractElement.Attr("abstract-type");
        var name = string.IsNullOrEmpty(type) ? "Abstract" : XmlText.OrNull(abstractElement.Child("title")) ?? "Abstract";
        var secs = abstractElement.Children("sec").ToList();
        if (secs.Count == 0)
        {
            assembler.Block(name, SectionKind.Abstract, Text(abstractElement, SkipTitle));
            return;
        }

        foreach (var sec in secs)
        {
            var label = XmlText.OrNull(sec.Child("title"));
            var content = Text(sec, SkipTitle);
            if (label is null)
            {
                assembler.Block(name, SectionKind.Abstract, content);
                continue;
            }

            var kind = Sectioner.KindOfHeading(label) == SectionKind.Case ? SectionKind.Case : SectionKind.Abstract;
            assembler.Block(label, kind, label.TrimEnd(':') + ": ", content);
        }
    }

    private static void AppendContainer(TextAssembler assembler, XElement container, string name, SectionKind kind, HeadingSequence sequence, bool inBody, int depth)
    {
        foreach (var child in container.Elements())
        {
            var local = child.Name.LocalName;
            switch (local)
            {
                case "title" or "label" or "sec-meta":
                    break;
                case "sec" or "app" or "app-group" or "glossary" or "notes" or "ack" or "fn-group" or "ref-list" when depth < MaxSectionDepth:
                    AppendSection(assembler, child, name, kind, sequence, inBody, depth);
                    break;
                case "p" or "disp-quote" or "statement" or "def-list" when child.AnyBelow(static e => FloatingElements.Contains(e.Name.LocalName) || e.Name.LocalName == "list"):
                    assembler.Block(name, kind, Text(child, SkipFloating));
                    foreach (var floating in child.Descendants().Where(e => FloatingElements.Contains(e.Name.LocalName) && !e.Ancestors().TakeWhile(a => a != child).Any(a => FloatingElements.Contains(a.Name.LocalName))))
                    {
                        AppendFloating(assembler, floating);
                    }

                    break;
                case "list":
                    foreach (var item in child.Children("list-item"))
                    {
                        assembler.Line(name, kind, Text(item));
                    }

                    break;
                case "ref":
                    assembler.Line(name, kind, Text(child));
                    break;
                case "fn" when kind != SectionKind.References:
                    assembler.Block(name, SectionKind.BackMatter, Text(child));
                    break;
                default:
                    if (FloatingElements.Contains(local))
                    {
                        AppendFloating(assembler, child);
                    }
                    else
                    {
                        assembler.Block(name, kind, Text(child));
                    }

                    break;
            }
        }
    }

    private static void AppendSection(TextAssembler assembler, XElement sec, string parentName, SectionKind parentKind, HeadingSequence sequence, bool inBody, int depth)
    {
        var title = XmlText.OrNull(sec.Child("title"));
        var kind = sec.Name.LocalName switch
        {
            "ref-list" => SectionKind.References,
            "ack" or "fn-group" or "notes" or "glossary" => SectionKind.BackMatter,
            "app" or "app-group" => SectionKind.BackMatter,
            _ => JatsSectionKinds.KindOfSec(sec, title, inBody, sequence) ?? parentKind,
        };

        if (kind == SectionKind.Abstract)
        {
            kind = inBody ? SectionKind.Body : SectionKind.BackMatter;
        }

        var name = title ?? sec.Name.LocalName switch
        {
            "ref-list" => "References",
            "ack" => "Acknowledgements",
            "fn-group" or "notes" => "Notes",
            _ => parentName,
        };

        if (title is not null)
        {
            assembler.Block(name, kind, title);
        }

        AppendContainer(assembler, sec, name, kind, sequence, inBody, depth + 1);
    }

    private static void AppendFloating(TextAssembler assembler, XElement floating)
    {
        var label = XmlText.OrNull(floating.Child("label"));
        var caption = TextBuilderCache.ToTrimmedStringAndRelease(Text(floating.Child("caption")));
        var name = label ?? (floating.Name.LocalName.StartsWith("table", StringComparison.Ordinal) ? "Table" : "Figure");
        assembler.Block(name, SectionKind.Caption, label is null ? caption : label + " " + caption);
        foreach (var row in floating.Descendants().Where(e => e.Name.LocalName == "tr"))
        {
            assembler.Line(name, SectionKind.Caption, string.Join(" | ", row.Elements().Select(c => TextBuilderCache.ToTrimmedStringAndRelease(Text(c)))));
        }

        foreach (var footnote in floating.Children("table-wrap-foot"))
        {
            assembler.Line(name, SectionKind.Caption, Text(footnote));
        }
    }

    /// <summary>The text of an element in a builder for <see cref="TextAssembler"/>, which gives it back (<see cref="XmlText.Build(XElement, Func{XElement, bool}, Func{XElement, bool}?)"/>).</summary>
    /// <param name="element">The element, or null for no text.</param>
    /// <param name="skip">The subtrees left out: citation marks (the default), or citation marks and more (<see cref="SkipTitle"/>, <see cref="SkipFloating"/>).</param>
    private static StringBuilder Text(XElement? element, Func<XElement, bool>? skip = null) =>
        element is null ? TextBuilderCache.Acquire()
            : XmlText.Build(element, skip ?? CitationMarks.IsCitation, static e => SeparatedElements.Contains(e.Name.LocalName));
}
