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

        var lines = text.Split('\n');
        var kept = KeptLines(lines, out var changed);
        var mended = changed ? Join(lines, kept) : text;
        return Unwrap(mended.Contains("-\n", StringComparison.Ordinal) ? HyphenatedWords.Join(mended) : mended);
    }

    /// <summary>A line break the sentence splitter joins (<see cref="SentenceSplitter.IsWrappedLineBreak"/>) is a space, so that phrases and values read over it.</summary>
    private static string Unwrap(string text)
    {
        char[]? chars = null;
        for (var at = text.IndexOf('\n'); at >= 0; at = text.IndexOf('\n', at + 1))
        {
            if (SentenceSplitter.IsWrappedLineBreak(text, at))
            {
                chars ??= text.ToCharArray();
                chars[at] = ' ';
                if (at > 0 && chars[at - 1] == '\r')
                {
                    chars[at - 1] = ' ';
                }
            }
        }

        return chars is null ? text : new string(chars);
    }

    /// <summary>For each line: kept in place, dropped (a blank line inside a sentence) or moved to the paragraph's end.</summary>
    private static Placement[] KeptLines(string[] lines, out bool changed)
    {
        var placements = new Placement[lines.Length];
        changed = false;
        for (var i = 0; i < lines.Length; i++)
        {
            if (!IsBlank(lines[i]) && !IsInterruption(lines[i]))
            {
                continue;
            }

            // a run of blank and interrupting lines between two parts of one sentence
            var end = i;
            while (end < lines.Length && (IsBlank(lines[end]) || IsInterruption(lines[end])))
            {
                end++;
            }

            var before = PreviousKept(lines, placements, i);
            if (before >= 0 && end < lines.Length && EndsInsideSentence(lines[before]) && GoesOn(lines[end], blank: HasBlank(lines, i, end)))
            {
                for (var k = i; k < end; k++)
                {
                    placements[k] = IsBlank(lines[k]) ? Placement.Dropped : Placement.Moved;
                }

                changed = true;
            }

            i = end - 1;
        }

        return placements;
    }

    private static string Join(string[] lines, Placement[] placements)
    {
        var builder = new StringBuilder();
        var moved = new List<string>();
        var first = true;
        for (var i = 0; i < lines.Length; i++)
        {
            if (placements[i] == Placement.Moved)
            {
                moved.Add(lines[i]);
                continue;
            }

            if (placements[i] == Placement.Dropped)
            {
                continue;
            }

            if (moved.Count > 0 && IsBlank(lines[i]))
            {
                foreach (var line in moved)
                {
                    builder.Append("\n\n").Append(line);
                }

                moved.Clear();
            }

            if (!first)
            {
                builder.Append('\n');
            }

            builder.Append(lines[i]);
            first = false;
        }

        foreach (var line in moved)
        {
            builder.Append("\n\n").Append(line);
        }

        return builder.ToString();
    }

    private static int PreviousKept(string[] lines, Placement[] placements, int index)
    {
        var i = index - 1;
        return i >= 0 && placements[i] == Placement.Kept && !IsBlank(lines[i]) ? i : -1;
    }

    private static bool HasBlank(string[] lines, int start, int end)
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

    private static bool IsBlank(string line) => line.AsSpan().Trim().IsEmpty;

    /// <summary>A line of running text whose sentence is not finished: no terminal punctuation, no heading, list item, table row or caption.</summary>
    private static bool EndsInsideSentence(string line)
    {
        var trimmed = line.AsSpan().Trim();
        return trimmed.Length >= 20 && trimmed[^1] is not ('.' or '!' or '?' or ':' or ';' or '|' or '*' or '_')
            && trimmed[0] is not ('#' or '|' or '-' or '*' or '+' or '•' or '>' or '!' or '<') && !CaptionRegex().IsMatch(trimmed);
    }

    /// <summary>A line that goes on with a sentence: a lower-case word (after a blank line only that), or a number after a single break.</summary>
    private static bool GoesOn(string line, bool blank)
    {
        var trimmed = line.AsSpan().TrimStart();
        return !trimmed.IsEmpty && (char.IsLower(trimmed[0]) || (!blank && char.IsDigit(trimmed[0]) && !ListNumberRegex().IsMatch(trimmed)));
    }

    private static bool IsInterruption(string line)
    {
        var trimmed = line.AsSpan().Trim();
        return !trimmed.IsEmpty && trimmed.Length <= 300
            && (PageNumberRegex().IsMatch(trimmed) || JournalLineRegex().IsMatch(trimmed) || DoiLineRegex().IsMatch(trimmed) || CaptionRegex().IsMatch(trimmed));
    }

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
