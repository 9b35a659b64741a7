using System.Text.RegularExpressions;
using CaseIngest.Core.Extraction.AdverseEvents;

namespace CaseIngest.Core.Extraction.Outcomes;

/// <summary>
/// The line of therapy an outcome is told of, as the part of its window the treatments are looked for in: the words from
/// the last start of a line before the outcome to the start of the next line after it. A line starts where a switch
/// names the treatment moved to ("was switched to nivolumab", "switched from sunitinib to pazopanib", "replaced by
/// everolimus"), where an ordinal line opens its drugs ("second-line FOLFOX", "third-line treatment with regorafenib"),
/// and at the start of the clause of drugs given "as second-line therapy".
/// </summary>
internal static partial class TherapyLine
{
    /// <summary>
    /// The span [From, To) inside the window [<paramref name="from"/>, <paramref name="to"/>) of the line that holds the
    /// outcome at <paramref name="outcome"/>; the whole window when it names no start of a line.
    /// </summary>
    public static (int From, int To) Of(string text, int from, int to, int outcome)
    {
        var window = text.AsSpan(from, to - from);
        if (!window.Contains("line", StringComparison.OrdinalIgnoreCase) && !ClauseReader.SwitchVerbs.ContainsWord(window))
        {
            return (from, to);
        }

        var (lineFrom, lineTo) = (from, to);
        for (var m = LineStartRegex().Match(text, from, to - from); m.Success; m = m.NextMatch())
        {
            var (cutStart, cutEnd) = m.Groups["switch"].Success ? (m.Index, m.Index + m.Length)
                : m.Groups["as"].Success ? (ClauseStart(text, from, m.Index), ClauseStart(text, from, m.Index))
                : (m.Index, m.Index);
            if (cutEnd <= outcome)
            {
                lineFrom = Math.Max(lineFrom, cutEnd);
            }
            else if (cutStart > outcome)
            {
                lineTo = Math.Min(lineTo, cutStart);
            }
        }

        return (lineFrom, lineTo);
    }

    /// <summary>Where the clause that ends in "as second-line therapy" begins: after its sentence's last stop, semicolon, colon, comma or hand-over word before it.</summary>
    private static int ClauseStart(string text, int from, int cue)
    {
        var start = from;
        foreach (var m in ClauseBreakRegex().EnumerateMatches(text.AsSpan(from, cue - from)))
        {
            start = from + m.Index + m.Length;
        }

        return start;
    }

    /// <summary>
    /// "switched to", "was changed from sunitinib to", "switched her to", "replaced by", "substituted with" (the switch
    /// verbs of <see cref="ClauseReader.SwitchVerbs"/>); "second-line",
    /// "third line", "as second-line", "in the later-line".
    /// </summary>
    [GeneratedRegex(@"(?<switch>\b(?:switched|changed|converted|replaced|substituted)\s+(?:(?:her|him|them|the\s+patient|(?:the\s+|her\s+|his\s+)?(?:treatment|therapy|regimen|chemotherapy))\s+)?(?:from\s+[^.;]{1,80}?\s+)?(?:to|by|with)\b)|(?<as>\b(?:as|in\s+the|for|in)\s+(?:an?\s+|the\s+)?)?\b(?:first|second|third|fourth|fifth|later|subsequent|1st|2nd|3rd|4th|5th)[\s-]line\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex LineStartRegex();

    [GeneratedRegex(@"[.;:,]\s|\b(?:followed\s+by|then|after\s+which|but|whereas)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreakRegex();
}
