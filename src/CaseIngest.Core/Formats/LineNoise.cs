using System.Text;
using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Formats;

/// <summary>
/// The line structure a PDF or page conversion breaks inside a sentence, mended before a plain or Markdown text is
/// read; everything else is kept as written.
/// <list type="bullet">
/// <item>A line that interrupts a sentence (page furniture or a figure or table caption, between a line ending
/// without terminal punctuation and a line going on in lower case) moves to the end of its paragraph.</item>
/// <item>A blank line inside a sentence (the line before ends without terminal punctuation, the next goes on in
/// lower case) becomes a single line break, which the sentence splitter joins.</item>
/// <item>A line wrapped inside a sentence (as <see cref="SentenceSplitter"/> reads it) is joined to the next by a space.</item>
/// <item>A word hyphenated across a line break ("pembroli-\nzumab") is joined without the hyphen when the text writes
/// it whole elsewhere, with the hyphen otherwise (a compound such as "well-\ndifferentiated").</item>
/// </list>
/// </summary>
internal static partial class LineNoise
{
    public static string Mend(string text)
    {
        if (text.IndexOf('\n') < 0)
        {
            return text;
        }

        var lines = new TextLines(text);
        var placements = Placements(lines);
        var mended = placements is null ? text : Join(lines, placements);
        return Unwrap(mended.Contains("-\n", StringComparison.Ordinal) ? HyphenatedWords.Join(mended) : mended);
    }

    /// <summary>A line break the sentence splitter joins (<see cref="SentenceSplitter.IsWrappedLineBreak"/>) is a space, so that phrases and values read over it.</summary>
    private static string Unwrap(string text)
    {
        var first = text.IndexOf('\n');
        while (first >= 0 && !SentenceSplitter.IsWrappedLineBreak(text, first))
        {
            first = text.IndexOf('\n', first + 1);
        }

        if (first < 0)
        {
            return text;
        }

        // one copy of the text, its wrapped breaks written as spaces
        return string.Create(text.Length, (text, first), static (chars, state) =>
        {
            var (source, at) = state;
            source.AsSpan().CopyTo(chars);
            for (; at >= 0; at = source.IndexOf('\n', at + 1))
            {
                if (SentenceSplitter.IsWrappedLineBreak(source, at))
                {
                    chars[at] = ' ';
                    if (at > 0 && chars[at - 1] == '\r')
                    {
                        chars[at - 1] = ' ';
                    }
                }
            }
        });
    }

    /// <summary>
    /// For each line: kept in place, dropped (a blank line inside a sentence) or moved to the paragraph's end;
    /// null when every line stays in place.
    /// </summary>
    private static Placement[]? Placements(TextLines lines)
    {
        Placement[]? placements = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!IsBlank(lines[i]) && !IsInterruption(lines[i]))
            {
                continue;
            }

            // a run of blank and interrupting lines between two parts of one sentence
            var end = i;
            while (end < lines.Count && (IsBlank(lines[end]) || IsInterruption(lines[end])))
            {
                end++;
            }

            var before = PreviousKept(lines, placements, i);
            if (before >= 0 && end < lines.Count && EndsInsideSentence(lines[before]) && GoesOn(lines[end], blank: HasBlank(lines, i, end)))
            {
                placements ??= new Placement[lines.Count];
                for (var k = i; k < end; k++)
                {
                    placements[k] = IsBlank(lines[k]) ? Placement.Dropped : Placement.Moved;
                }
            }

            i = end - 1;
        }

        return placements;
    }

    private static string Join(TextLines lines, Placement[] placements)
    {
        var builder = new StringBuilder(lines.Text.Length);
        var moved = new List<int>();
        var first = true;
        for (var i = 0; i < lines.Count; i++)
        {
            if (placements[i] == Placement.Moved)
            {
                moved.Add(i);
                continue;
            }

            if (placements[i] == Placement.Dropped)
            {
                continue;
            }

            if (moved.Count > 0 && IsBlank(lines[i]))
            {
                AppendMoved(builder, lines, moved);
            }

            if (!first)
            {
                builder.Append('\n');
            }

            builder.Append(lines[i]);
            first = false;
        }

        AppendMoved(builder, lines, moved);
        return builder.ToString();
    }

    private static void AppendMoved(StringBuilder builder, TextLines lines, List<int> moved)
    {
        foreach (var line in moved)
        {
            builder.Append("\n\n").Append(lines[line]);
        }

        moved.Clear();
    }

    private static int PreviousKept(TextLines lines, Placement[]? placements, int index)
    {
        var i = index - 1;
        return i >= 0 && (placements is null || placements[i] == Placement.Kept) && !IsBlank(lines[i]) ? i : -1;
    }

    private static bool HasBlank(TextLines lines, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (IsBlank(lines[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsBlank(ReadOnlySpan<char> line) => line.Trim().IsEmpty;

    /// <summary>A line of running text whose sentence is not finished: no terminal punctuation, no heading, list item, table row or caption.</summary>
    private static bool EndsInsideSentence(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        return trimmed.Length >= 20 && trimmed[^1] is not ('.' or '!' or '?' or ':' or ';' or '|' or '*' or '_')
            && trimmed[0] is not ('#' or '|' or '-' or '*' or '+' or '•' or '>' or '!' or '<') && !CaptionRegex().IsMatch(trimmed);
    }

    /// <summary>A line that goes on with a sentence: a lower-case word (after a blank line only that), or a number after a single break.</summary>
    private static bool GoesOn(ReadOnlySpan<char> line, bool blank)
    {
        var trimmed = line.TrimStart();
        return !trimmed.IsEmpty && (char.IsLower(trimmed[0]) || (!blank && char.IsDigit(trimmed[0]) && !ListNumberRegex().IsMatch(trimmed)));
    }

    private static bool IsInterruption(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        return !trimmed.IsEmpty && trimmed.Length <= 300 && MayStartInterruption(trimmed[0])
            && (PageNumberRegex().IsMatch(trimmed) || JournalLineRegex().IsMatch(trimmed) || DoiLineRegex().IsMatch(trimmed) || CaptionRegex().IsMatch(trimmed));
    }

    /// <summary>The first characters the interruption patterns below can match, tested before any of them runs.</summary>
    private static bool MayStartInterruption(char first) =>
        first is (>= 'A' and <= 'Z') or 'p' or 'd' or 'h' or '*' or '_' or '>' or '-' or '–' or '—' || char.IsDigit(first);

    private enum Placement
    {
        Kept,
        Dropped,
        Moved,
    }

    /// <summary>"12", "Page 4 of 9", "- 7 -", "3/11".</summary>
    [GeneratedRegex(@"^(?:[-–—]\s*)?(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?(?:\s*[-–—])?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumberRegex();

    /// <summary>A running citation line: "Case Rep Oncol 2021;14:101–108", "J Med Case Rep. 2019, 13:45", "Oncol Lett 18: 2203-2210, 2019".</summary>
    [GeneratedRegex(@"^[A-Z][A-Za-z.&\s]{2,60}?\.?\s(?:(?:19|20)\d{2}\s?[;,]\s?\d{1,4}(?:\s?\(\d{1,3}\))?\s?[:,]\s?e?\d{1,6}(?:\s?[-–]\s?\d{1,6})?|\d{1,4}\s?:\s?\d{1,6}(?:\s?[-–]\s?\d{1,6})?,\s(?:19|20)\d{2})\.?$", RegexOptions.NonBacktracking)]
    private static partial Regex JournalLineRegex();

    /// <summary>"DOI: 10.1159/000512345", "https://doi.org/10.1186/s13256-019-2000-1".</summary>
    [GeneratedRegex(@"^(?:doi\s?:?\s?10\.\d{4,9}/\S+|https?://(?:dx\.)?doi\.org/10\.\d{4,9}/\S+)$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex DoiLineRegex();

    /// <summary>"Figure 1. …", "**Table 2:** …", "Fig. 3A – …".</summary>
    [GeneratedRegex(@"^[*_>\s]*(?:Figure|FIGURE|Fig\.?|FIG\.?|Table|TABLE)\s*S?\d+[A-Za-z]?(?:[.:|)]|\s+[-–—]|\*|_)", RegexOptions.NonBacktracking)]
    private static partial Regex CaptionRegex();

    /// <summary>"1. a mass", "2) ascites".</summary>
    [GeneratedRegex(@"^\d{1,3}[.)]\s")]
    private static partial Regex ListNumberRegex();
}
