using System.Buffers;
using System.Text.RegularExpressions;
using CaseIngest.Core.Parsing;

namespace CaseIngest.Core.Formats;

/// <summary>
/// Cuts plain text into sections at heading lines: a short line without a final full stop whose words name a
/// known section ("Case presentation", "2. Discussion", "## References", "Abstract:"). The sections are
/// contiguous and cover the text; the first stretch is the title line (when it looks like one) and the body.
/// </summary>
public static partial class Sectioner
{
    private const int MaxHeadingLength = 120;

    /// <summary>The most words a heading of the case family has ("Case presentation and clinical follow-up").</summary>
    private const int MaxCaseHeadingWords = 8;

    /// <summary>The most characters a structured abstract without its own heading is looked for in, half the text aside.</summary>
    private const int MaxStructuredAbstractLength = 5000;

    /// <summary>Every character <see cref="HeadingRegex"/> can match, but white space outside ASCII.</summary>
    private static readonly SearchValues<char> HeadingCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 \t\n\v\f\r#*_.'’&-–—:");

    public static IReadOnlyList<Section> Split(string text)
    {
        var found = new List<(int Start, int End, string Name, SectionKind Kind)>();
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            if (lineEnd - lineStart is > 0 and <= 80 && Classify(text.AsSpan(lineStart, lineEnd - lineStart)) is { } heading)
            {
                found.Add((lineStart, lineEnd, heading.Name, heading.Kind));
            }

            lineStart = lineEnd + 1;
        }

        // a heading's role may depend on the text of its own section, which ends where the next heading starts
        var headings = new List<(int Start, string Name, SectionKind Kind)>(found.Count);
        var sequence = new HeadingSequence();
        var abstractParts = StructuredAbstractParts(found, text.Length);
        for (var i = 0; i < found.Count; i++)
        {
            var (start, end, name, kind) = found[i];
            var sectionEnd = i + 1 < found.Count ? found[i + 1].Start : text.Length;
            // the abstract's case part is the abstract; its introduction or discussion keeps its kind (a sentence about the
            // disease in general there is no fact of the case); the body's headings are followed from its start
            headings.Add((start, name, i >= abstractParts ? sequence.Next(name, kind, text.AsSpan(end, sectionEnd - end))
                : kind == SectionKind.Case ? SectionKind.Abstract : kind));
        }

        var sections = new List<Section>();
        var titleEnd = TitleEnd(text);
        var first = headings.Count > 0 ? headings[0].Start : text.Length;
        if (titleEnd > 0 && titleEnd <= first)
        {
            sections.Add(new Section("Title", SectionKind.Title, 0, titleEnd));
        }
        else
        {
            titleEnd = 0;
        }

        if (first > titleEnd)
        {
            sections.Add(new Section("Body", SectionKind.Body, titleEnd, first));
        }

        for (var i = 0; i < headings.Count; i++)
        {
            var end = i + 1 < headings.Count ? headings[i + 1].Start : text.Length;
            if (end > headings[i].Start)
            {
                sections.Add(new Section(headings[i].Name, headings[i].Kind, headings[i].Start, end));
            }
        }

        return sections;
    }

    /// <summary>
    /// The number of headings that open the parts of a structured abstract written without its own heading: the first
    /// heading ("Background", "Introduction") comes again further on, where the body starts, and every heading between
    /// is one of an abstract's or a case's parts ("Case presentation", "Conclusions"); the run lies in the first half of
    /// the text or within the length of a long abstract. Zero when the document has no such run.
    /// </summary>
    private static int StructuredAbstractParts(List<(int Start, int End, string Name, SectionKind Kind)> found, int length)
    {
        if (found.Count < 3 || found[0].Kind is not (SectionKind.Abstract or SectionKind.Introduction))
        {
            return 0;
        }

        var opening = HeadingWords(found[0].Name);
        if (opening is not ("background" or "introduction" or "introductions"))
        {
            return 0;
        }

        var reach = found[0].Start + Math.Max(length / 2, MaxStructuredAbstractLength);
        for (var i = 1; i < found.Count && found[i].Start <= reach; i++)
        {
            if (found[i].Kind is not (SectionKind.Abstract or SectionKind.Introduction or SectionKind.Case or SectionKind.Discussion))
            {
                return 0;
            }

            if (string.Equals(HeadingWords(found[i].Name), opening, StringComparison.Ordinal))
            {
                return i >= 2 ? i : 0;
            }
        }

        return 0;
    }

    /// <summary>A heading's words as they are looked up: trimmed, without a final colon or full stop, in lower case.</summary>
    internal static string HeadingWords(string words) => words.Trim().TrimEnd(':', '.').Trim().ToLowerInvariant();

    /// <summary>The title line (<see cref="TitleLines"/>): the first non-empty line, or the line under a section label.</summary>
    public static string? FirstLineTitle(string text) =>
        TitleLines.Find(text) is { } title ? text[title.Start..title.End] : null;

    private static int TitleEnd(string text) => TitleLines.Find(text) is { } title ? title.BlockEnd : 0;

    /// <summary>The section a heading line opens, or null when the line is not a heading.</summary>
    public static (string Name, SectionKind Kind)? Classify(ReadOnlySpan<char> line)
    {
        if (line.Length > MaxHeadingLength)
        {
            return null;
        }

        // A heading is written with letters, digits, white space and a few marks only: a line with another character
        // (a comma, a bracket, a percent sign …) is no heading, and the regular expression need not try it.
        var other = line.IndexOfAnyExcept(HeadingCharacters);
        if (other >= 0 && !char.IsWhiteSpace(line[other]))
        {
            return null;
        }

        // Most short lines are not headings: tested on the span first, so only headings cost a string and a match.
        if (!HeadingRegex().IsMatch(line))
        {
            return null;
        }

        var match = HeadingRegex().Match(line.ToString());

        var words = match.Groups["words"].Value.Trim();
        var lower = words.ToLowerInvariant();
        var kind = KindOfWords(lower);
        return kind is null ? null : (words, kind.Value);
    }

    /// <summary>
    /// The kind of a heading as written ("2. Case Presentation", "DISCUSSION:", "Case 2"): numbering, markup and a final
    /// colon are dropped; known headings are looked up, and a few families are recognised by their first words.
    /// </summary>
    public static SectionKind? KindOfHeading(string heading)
    {
        if (heading.Length > MaxHeadingLength)
        {
            return null;
        }

        var match = HeadingRegex().Match(heading.Trim());
        var words = HeadingWords(match.Success ? match.Groups["words"].Value : heading);
        if (words.Length == 0)
        {
            return null;
        }

        return KindOfWords(words);
    }

    /// <summary>The kind of a heading's words in lower case: known, by its first words, by its family of case headings,
    /// or, for a joined heading whose every part is a heading ("results—case presentation"), the kind of its last part.</summary>
    private static SectionKind? KindOfWords(string words)
    {
        if ((KindOf(words) ?? KindByPrefix(words) ?? CaseFamily(words)) is { } kind)
        {
            return kind;
        }

        if (words.AsSpan().IndexOfAny('—', '–') < 0 && !words.Contains(" - ", StringComparison.Ordinal))
        {
            return null;
        }

        SectionKind? last = null;
        foreach (var part in words.Split(JoiningDashes, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            last = KindOf(part) ?? KindByPrefix(part) ?? CaseFamily(part);
            if (last is null)
            {
                return null;
            }
        }

        return last;
    }

    /// <summary>The dashes that join the parts of a heading; a hyphen only between spaces, as in "results - case report".</summary>
    private static readonly string[] JoiningDashes = ["—", "–", " - "];

    /// <summary>Words that tell a case under a heading: "case illustration", "cases presentation", "case details".</summary>
    private static readonly HashSet<string> CaseTellings = new(StringComparer.Ordinal)
    {
        "presentation", "presentations", "illustration", "illustrations", "demonstration", "description", "descriptions",
        "details", "detail", "narrative", "report", "reports", "history", "summary", "study",
    };

    /// <summary>
    /// A heading of the case family: at most four words with a case noun followed by a word for its telling
    /// ("case illustration", "detailed case description", "cases presentation"), or the case itself ("our case", "the
    /// present case"). A title that names a case ("a rare case of …") or a case noun with another word is none.
    /// </summary>
    private static SectionKind? CaseFamily(string words)
    {
        if (!words.Contains("case", StringComparison.Ordinal))
        {
            return null;
        }

        var tokens = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length is < 2 or > 4)
        {
            return null;
        }

        var at = Array.FindIndex(tokens, token => token is "case" or "cases");
        if (at < 0)
        {
            return null;
        }

        if (at == tokens.Length - 2 && CaseTellings.Contains(tokens[^1]))
        {
            return SectionKind.Case;
        }

        // "our case", "the case", "the present case", "our cases"
        return at == tokens.Length - 1 && tokens[0] is "our" or "the" or "present" && (tokens.Length == 2 || tokens[1] is "present" or "index")
            ? SectionKind.Case
            : null;
    }

    private static SectionKind? KindByPrefix(string words)
    {
        // a line of many words that opens with a case heading's words is a title ("Case report on a rare tumour of the …")
        if ((words.StartsWith("case presentation", StringComparison.Ordinal) || words.StartsWith("case report", StringComparison.Ordinal)
            || words.StartsWith("case description", StringComparison.Ordinal) || words.StartsWith("case history", StringComparison.Ordinal)
            || words.StartsWith("presentation of the case", StringComparison.Ordinal) || words.StartsWith("clinical case", StringComparison.Ordinal)
            || CaseNumberRegex().IsMatch(words)) && words.AsSpan().Count(' ') < MaxCaseHeadingWords)
        {
            return SectionKind.Case;
        }

        if (words.StartsWith("discussion", StringComparison.Ordinal) || words.StartsWith("literature review", StringComparison.Ordinal)
            || words.StartsWith("review of the literature", StringComparison.Ordinal) || words.StartsWith("review of literature", StringComparison.Ordinal))
        {
            return SectionKind.Discussion;
        }

        if (words.StartsWith("introduction", StringComparison.Ordinal))
        {
            return SectionKind.Introduction;
        }

        if (words.StartsWith("references", StringComparison.Ordinal))
        {
            return SectionKind.References;
        }

        if (words.StartsWith("acknowledg", StringComparison.Ordinal) || words.StartsWith("conflict", StringComparison.Ordinal)
            || words.StartsWith("funding", StringComparison.Ordinal) || words.StartsWith("declaration", StringComparison.Ordinal)
            || words.StartsWith("author contribution", StringComparison.Ordinal) || words.StartsWith("ethics", StringComparison.Ordinal)
            || words.StartsWith("appendix", StringComparison.Ordinal) || words.StartsWith("supplementary", StringComparison.Ordinal))
        {
            return SectionKind.BackMatter;
        }

        return null;
    }

    /// <summary>The kind of a known heading, given in lower case without numbering (Lexicons/Data/section-headings.tsv).</summary>
    public static SectionKind? KindOf(string heading) => SectionHeadings.KindOf(heading);

    [GeneratedRegex(@"^(?:case|patient)\s+(?:\d{1,2}|[ivx]{1,4}|one|two|three|four|five)$")]
    private static partial Regex CaseNumberRegex();

    // optional markdown hashes (backtracking is bounded: callers only pass lines of at most MaxHeadingLength characters) or bold, optional numbering ("2.", "2.1", "II."), the words, optional colon
    [GeneratedRegex(@"^(?>\s*)(?:#{1,6}(?>\s*))?(?:\*\*|__)?(?>\s*)(?:(?:\d+(?:\.\d+)*|[IVX]+)\.?\s+)?(?<words>[A-Za-z][A-Za-z '’&\-–—]*?(?:\s\d)?)\s*:?\s*(?:\*\*|__)?\s*:?\s*$")]
    private static partial Regex HeadingRegex();
}
