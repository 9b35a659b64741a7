using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.AdverseEvents;

/// <summary>
/// An event named in the first cell of a row of a table of toxicities ("| Event | Grade | Attributed to |"): the row's
/// grade cell is its grade and its cause cell names the drugs it is attributed to, whatever drugs the text before
/// the table told. A row is a line that opens with a bar; its header is the first line of its block of such lines.
/// </summary>
internal static class EventTable
{
    /// <summary>The longest line read as a row: the look for a line's start and end stops there, so a long unbroken text costs no more per event.</summary>
    private const int MaxRowLength = 2_000;

    private static readonly string[] CauseHeads = ["attributed", "attribution", "suspected", "causative", "cause", "drug", "agent", "related to"];

    /// <summary>The grade and the drugs of the row the event at <paramref name="start"/> opens, or null when it opens none.</summary>
    public static (int? Grade, List<string> Therapy)? Row(string text, TreatmentIndex treatments, string patient, int start)
    {
        if (LineStart(text, start) is not { } lineStart)
        {
            return null;
        }

        var line = Line(text, lineStart);
        if (!line.Span(text).TrimStart().StartsWith('|') || !FirstCell(text, line, start))
        {
            return null;
        }

        var header = HeaderOf(text, lineStart);
        if (header is null)
        {
            return null;
        }

        var heads = Cells(text, header.Value);
        var grade = heads.FindIndex(h => text.AsSpan(h.Start, h.End - h.Start).Trim().Equals("grade", StringComparison.OrdinalIgnoreCase)
            || text.AsSpan(h.Start, h.End - h.Start).Contains("CTCAE grade", StringComparison.OrdinalIgnoreCase));
        var cause = heads.FindIndex(h => Array.Exists(CauseHeads, c => text.AsSpan(h.Start, h.End - h.Start).Contains(c, StringComparison.OrdinalIgnoreCase)));
        if (grade < 1 && cause < 1)
        {
            return null;
        }

        var cells = Cells(text, line);
        int? value = null;
        if (grade >= 1 && grade < cells.Count && int.TryParse(text.AsSpan(cells[grade].Start, cells[grade].End - cells[grade].Start).Trim(), out var g) && g is >= 1 and <= 5)
        {
            value = g;
        }

        var therapy = new List<string>();
        if (cause >= 1 && cause < cells.Count)
        {
            foreach (var mention in treatments.Between(cells[cause].Start, cells[cause].End))
            {
                if (mention.Patient == patient && !therapy.Contains(mention.Name))
                {
                    therapy.Add(mention.Name);
                }
            }
        }

        return (value, therapy);
    }

    private static bool FirstCell(string text, Sentence line, int start)
    {
        var first = text.IndexOf('|', line.Start, line.End - line.Start);
        var second = first < 0 ? -1 : text.IndexOf('|', first + 1, line.End - first - 1);
        return first >= 0 && first < start && (second < 0 || second > start);
    }

    /// <summary>The first line of the block of bar lines <paramref name="lineStart"/> stands in, when a separator line ("|---|") follows it.</summary>
    private static Sentence? HeaderOf(string text, int lineStart)
    {
        var at = lineStart;
        for (var i = 0; i < 60 && at > 0; i++)
        {
            if (at < 2 || LineStart(text, at - 1) is not { } previous || !Line(text, previous).Span(text).TrimStart().StartsWith('|'))
            {
                break;
            }

            at = previous;
        }

        var header = Line(text, at);
        if (header.End + 1 >= text.Length)
        {
            return null;
        }

        var separator = Line(text, header.End + 1).Span(text);
        return separator.Contains("---", StringComparison.Ordinal) && separator.TrimStart().StartsWith('|') && header.Start != lineStart ? header : null;
    }

    /// <summary>The start of the line that holds <paramref name="at"/>, or null when it lies further back than a row's length.</summary>
    private static int? LineStart(string text, int at)
    {
        var start = LineBounds.Around(text, at, MaxRowLength).Start;
        return start == 0 || text[start - 1] == '\n' ? start : null;
    }

    private static Sentence Line(string text, int from)
    {
        var (_, end) = LineBounds.Around(text, from, MaxRowLength);
        return new Sentence(from, end);
    }

    private static List<Sentence> Cells(string text, Sentence line)
    {
        var cells = new List<Sentence>();
        var bar = text.IndexOf('|', line.Start, line.End - line.Start);
        while (bar >= 0)
        {
            var next = text.IndexOf('|', bar + 1, line.End - bar - 1);
            if (next < 0)
            {
                break;
            }

            cells.Add(new Sentence(bar + 1, next));
            bar = next;
        }

        return cells;
    }

    private static ReadOnlySpan<char> Span(this Sentence line, string text) => text.AsSpan(line.Start, line.End - line.Start);
}
