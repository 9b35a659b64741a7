using System.Text.RegularExpressions;
using CaseIngest.Core.Model;
using CaseIngest.Core.Parsing;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Formats;

/// <summary>
/// Markdown, typically converted from a PDF. Emphasis around words is dropped, typographic variants take their plain spelling and lines
/// broken inside a sentence are mended (<see cref="MarkdownEmphasis"/>, <see cref="CharacterVariants"/>, <see cref="LineNoise"/>); otherwise the text is kept as written (markup included, so offsets index it);
/// lines are classified: <c>#</c> headings and known plain headings open sections, figure and table captions are
/// Caption, page furniture (page numbers, running heads repeated on many pages, "Downloaded from …", copyright
/// lines, image placeholders) is Chrome, and everything after a reference heading is References.
/// </summary>
public sealed partial class MarkdownParser : IDocumentParser
{
    public string Format => "markdown";

    public bool Match(string text, string name)
    {
        if (XmlSniffer.StartsWithElement(text) || HtmlSniffer.IsHtml(text))
        {
            return false;
        }

        var score = 0;
        // Line by line over spans, without a list of every line: this runs on every text document.
        for (var start = 0; start < text.Length;)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var line = text.AsSpan(start, end - start);
            start = end + 1;
            if (AtxHeadingRegex().IsMatch(line) || (line.Contains("---", StringComparison.Ordinal) && TableSeparatorRegex().IsMatch(line)))
            {
                score += 3;
            }
            else
            {
                score += EmphasisRegex().Count(line) + (line.Contains("](", StringComparison.Ordinal) ? LinkRegex().Count(line) : 0);
            }

            if (score >= 3)
            {
                return true;
            }
        }

        return false;
    }

    public ParseResult Parse(string text, string name)
    {
        text = LineNoise.Mend(MarkdownEmphasis.StripToPlain(text));
        var lines = LineRanges(text);
        var repeats = RepeatedLineSet.Of(text, lines);
        var builder = new SectionBuilder();
        var current = ("Body", SectionKind.Body);
        var inCaption = false;
        var seenContent = false;
        var sequence = new HeadingSequence();
        string? title = null;
        var titleEnd = -1;
        var awaitTitle = false;

        foreach (var (start, end) in lines)
        {
            var raw = text.AsSpan(start, end - start);
            var line = raw.Trim();
            if (line.IsEmpty)
            {
                inCaption = false;
                builder.Mark(start, current.Item1, current.Item2);
                continue;
            }

            // Lines are tested as spans; only a heading costs a string and a match.
            if (AtxHeadingRegex().IsMatch(raw) && AtxHeadingRegex().Match(raw.ToString()) is { Success: true } heading)
            {
                inCaption = false;
                var words = Plain(heading.Groups["words"].Value);
                var kind = Sectioner.KindOfHeading(words);
                if (kind is null && !seenContent && title is null && IsContainerHeading(words))
                {
                    // "# MAIN TEXT" over the article: the title is the next heading, whatever its words ("## Case report: …")
                    builder.Mark(start, "Title", SectionKind.Title);
                    awaitTitle = true;
                    continue;
                }

                if ((kind is null || awaitTitle) && !seenContent && title is null)
                {
                    awaitTitle = false;
                    title = words;
                    titleEnd = end;
                    builder.Mark(start, "Title", SectionKind.Title);
                    current = ("Body", SectionKind.Body);
                    seenContent = true;
                    continue;
                }

                current = (words, kind is { } known ? sequence.Next(words, known, SectionText(text, raw, end)) : Inherit(current.Item2));
                builder.Mark(start, current.Item1, current.Item2);
                continue;
            }

            if (IsFurniture(line) || (repeats.Count > 0 && RepeatedLineSet.Contains(repeats, line) && !TableRowRegex().IsMatch(line)))
            {
                builder.Mark(start, "Chrome", SectionKind.Chrome);
                continue;
            }

            if (CaptionRegex().IsMatch(line))
            {
                inCaption = true;
            }

            if (inCaption)
            {
                builder.Mark(start, "Caption", SectionKind.Caption);
                seenContent = true;
                continue;
            }

            if (line.Length <= 80 && Sectioner.Classify(PlainLine(line)) is { } plainHeading)
            {
                current = (plainHeading.Name, sequence.Next(plainHeading.Name, plainHeading.Kind));
            }

            builder.Mark(start, current.Item1, current.Item2);
            seenContent = true;
        }

        var sections = builder.Build(text.Length);
        if (title is null && TitleLines.Find(text) is { } plainTitle && text[plainTitle.Start] != '#')
        {
            title = text[plainTitle.Start..plainTitle.End];
            titleEnd = plainTitle.End;
        }

        var article = HeaderMetadata.Complete(new ArticleInfo { Title = title, Doi = Identifiers.CleanDoi(FirstDoi(text)) }, text, titleEnd);

        return ParseResult.Success(new ParsedDocument(Format, text, sections, article));
    }

    private static SectionKind Inherit(SectionKind kind) =>
        kind is SectionKind.Case or SectionKind.Introduction or SectionKind.Discussion or SectionKind.Body or SectionKind.Abstract
            or SectionKind.References or SectionKind.BackMatter
            ? kind
            : SectionKind.Body;

    /// <summary>
    /// The text a heading opens, up to the next heading of the same or a higher level ("## Methods" runs over its
    /// "### Search strategy" up to the next "##" heading); only as much as <see cref="HeadingSequence"/> reads.
    /// </summary>
    private static ReadOnlySpan<char> SectionText(string text, ReadOnlySpan<char> headingLine, int end)
    {
        var level = headingLine.TrimStart().IndexOfAnyExcept('#');
        var rest = text.AsSpan(end, Math.Min(text.Length - end, LiteratureSearchText.Window));
        var offset = 0;
        while (offset < rest.Length)
        {
            var hash = rest[offset..].IndexOf("\n#");
            if (hash < 0)
            {
                break;
            }

            var line = rest[(offset + hash + 1)..];
            var hashes = line.IndexOfAnyExcept('#');
            if (hashes > 0 && hashes <= level)
            {
                return rest[..(offset + hash)];
            }

            offset += hash + 1;
        }

        return rest;
    }

    /// <summary>A level-one heading over the whole article that is no title: "# MAIN TEXT", "# Full text".</summary>
    private static bool IsContainerHeading(string words) =>
        words.Equals("MAIN TEXT", StringComparison.OrdinalIgnoreCase) || words.Equals("FULL TEXT", StringComparison.OrdinalIgnoreCase)
        || words.Equals("Article", StringComparison.OrdinalIgnoreCase);

    private static string? FirstDoi(string text)
    {
        // the first 5,000 characters, searched in place
        var match = Identifiers.DoiRegex().Match(text, 0, Math.Min(text.Length, 5000));
        return match.Success ? match.Value : null;
    }

    /// <summary>A heading or line without markdown emphasis, links and trailing anchors.</summary>
    private static string Plain(string text)
    {
        var plain = LinkRegex().Replace(text, "${text}");
        return plain.Replace("**", string.Empty, StringComparison.Ordinal).Replace("__", string.Empty, StringComparison.Ordinal)
            .Replace("*", string.Empty, StringComparison.Ordinal).Trim().TrimEnd('#').Trim();
    }

    /// <summary>As <see cref="Plain"/> for a trimmed line, without a string when it holds no link and no emphasis marks.</summary>
    private static ReadOnlySpan<char> PlainLine(ReadOnlySpan<char> line) =>
        line.IndexOfAny('[', '*') < 0 && !line.Contains("__", StringComparison.Ordinal) ? line.TrimEnd('#').Trim() : Plain(line.ToString());

    private static bool IsFurniture(ReadOnlySpan<char> line) =>
        PageNumberRegex().IsMatch(line)
        || ImageOnlyRegex().IsMatch(line)
        || line.StartsWith("Downloaded from", StringComparison.OrdinalIgnoreCase)
        || OrdinalIgnoreCase.Contains(line, "All rights reserved")
        || line.StartsWith("Copyright", StringComparison.OrdinalIgnoreCase) && line.Length < 300
        || line.StartsWith("©", StringComparison.Ordinal) && line.Length < 300
        || line.StartsWith("<!--", StringComparison.Ordinal) && line.EndsWith("-->", StringComparison.Ordinal)
        || line.StartsWith("For personal use only", StringComparison.OrdinalIgnoreCase)
        || line.StartsWith("This article is protected by copyright", StringComparison.OrdinalIgnoreCase);

    internal static List<(int Start, int End)> LineRanges(string text)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            lines.Add((start, end));
            start = end + 1;
        }

        return lines;
    }

    [GeneratedRegex(@"^ {0,3}#{1,6}[ \t]+(?<words>\S.*)$")]
    private static partial Regex AtxHeadingRegex();

    [GeneratedRegex(@"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$", RegexOptions.NonBacktracking)]
    private static partial Regex TableSeparatorRegex();

    [GeneratedRegex(@"^\s*\|.*\|\s*$", RegexOptions.NonBacktracking)]
    private static partial Regex TableRowRegex();

    [GeneratedRegex(@"\*\*[^*\n]+\*\*|__[^_\n]+__")]
    private static partial Regex EmphasisRegex();

    [GeneratedRegex(@"!?\[(?<text>[^\]\n]*)\]\((?<url>[^)\s]+)\)", RegexOptions.NonBacktracking)]
    private static partial Regex LinkRegex();

    [GeneratedRegex(@"^\s*!\[[^\]\n]*\]\([^)\n]*\)\s*$", RegexOptions.NonBacktracking)]
    private static partial Regex ImageOnlyRegex();

    [GeneratedRegex(@"^(?:[-–—]\s*)?(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?(?:\s*[-–—])?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumberRegex();

    [GeneratedRegex(@"^[*_>\s]*(?:Figure|FIGURE|Fig\.?|FIG\.?|Table|TABLE|Supplementary (?:Figure|Table)|Supplemental (?:Figure|Table))\s*S?\d+[A-Za-z]?(?:[.:|)]|\s+[-–—]|\*|_)", RegexOptions.NonBacktracking)]
    private static partial Regex CaptionRegex();

}
