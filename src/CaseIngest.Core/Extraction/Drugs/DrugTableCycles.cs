using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// A table of the treatment lines ("| Line | Regimen | Cycles | Response |") states each row's count in a column of its
/// own: a bare number in the column headed "Cycles", "Courses", "No. of cycles" or "Doses" is the count of the drugs named
/// in the other cells of that row. A table that lists other cases or the literature (a column for the author, reference,
/// study, year, case or patient) speaks of no drug of this patient.
/// </summary>
internal static partial class DrugTableCycles
{
    private const int HeaderReach = 60;

    /// <summary>How far a row's line is looked for either side of a mention: a table row is short.</summary>
    private const int LineReach = 2000;

    public static void Apply(ExtractionContext context, List<DrugMention> mentions)
    {
        var text = context.Text;
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (mention.Attributes.Cycles is not null)
            {
                continue;
            }

            // a row holds bars: tested on the mention's sentence (bounded in length) before any line is looked for
            var sentence = context.SentenceAt(mention.Start);
            if (text.AsSpan(sentence.Start, sentence.End - sentence.Start).Count('|') < 2)
            {
                continue;
            }

            var (rowStart, rowEnd) = LineAt(text, mention.Start);
            if (!IsRow(text.AsSpan(rowStart, rowEnd - rowStart)) || CountOf(text, rowStart, rowEnd, mention.Start) is not { } cycles)
            {
                continue;
            }

            mentions[i] = mention with { Attributes = mention.Attributes with { Cycles = cycles } };
        }
    }

    private static int? CountOf(string text, int rowStart, int rowEnd, int mentionStart)
    {
        var header = HeaderOf(text, rowStart);
        if (header is null)
        {
            return null;
        }

        var headings = Cells(header);
        var column = -1;
        for (var c = 0; c < headings.Length; c++)
        {
            if (OtherCasesRegex().IsMatch(headings[c]))
            {
                return null;
            }

            if (column < 0 && CountHeadingRegex().IsMatch(headings[c]))
            {
                column = c;
            }
        }

        var row = text[rowStart..rowEnd];
        var cells = Cells(row);
        if (column < 0 || cells.Length != headings.Length || CellIndexAt(row, mentionStart - rowStart) == column
            || !int.TryParse(cells[column], out var count) || count is < 1 or > 99)
        {
            return null;
        }

        return count;
    }

    /// <summary>The heading row of the table the row at <paramref name="rowStart"/> belongs to: the row over its separator line ("|---|---|"), else its first row.</summary>
    private static string? HeaderOf(string text, int rowStart)
    {
        string? separatorAbove = null;
        var top = rowStart;
        for (var (start, steps) = (rowStart, 0); start > 0 && steps < HeaderReach; steps++)
        {
            var (previousStart, previousEnd) = LineAt(text, start - 1);
            var line = text.AsSpan(previousStart, previousEnd - previousStart);
            var separator = SeparatorRegex().IsMatch(line);
            if (!separator && !IsRow(line))
            {
                break;
            }

            if (separator)
            {
                separatorAbove = previousStart > 0 ? LineText(text, previousStart - 1) : null;
            }
            else
            {
                top = previousStart;
            }

            start = previousStart;
        }

        // a table without a separator line (from HTML or XML) is headed by its first row
        return separatorAbove ?? (top < rowStart ? LineText(text, top) : null);
    }

    private static string LineText(string text, int offset)
    {
        var (start, end) = LineAt(text, offset);
        return text[start..end];
    }

    private static (int Start, int End) LineAt(string text, int offset) => LineBounds.Around(text, offset, LineReach);

    private static bool IsRow(ReadOnlySpan<char> line) => line.Count('|') >= 2 && !SeparatorRegex().IsMatch(line);

    private static string[] Cells(string row)
    {
        var trimmed = row.Trim();
        if (trimmed.StartsWith('|'))
        {
            trimmed = trimmed[1..];
        }

        if (trimmed.EndsWith('|'))
        {
            trimmed = trimmed[..^1];
        }

        return trimmed.Split('|', StringSplitOptions.TrimEntries);
    }

    private static int CellIndexAt(string row, int offset)
    {
        var leading = row.TrimStart().StartsWith('|') ? 1 : 0;
        return row.AsSpan(0, offset).Count('|') - leading;
    }

    /// <summary>"Cycles", "No. of cycles", "Number of courses", "Cycles (n)", "Doses".</summary>
    [GeneratedRegex(@"^[*_]*(?:(?:no\.?|number|total)\s+(?:of\s+)?)?(?:cycles?|courses?|doses)(?:\s*\((?:n|no\.?)\))?(?:\s+(?:given|received|completed))?[*_]*$", RegexOptions.IgnoreCase)]
    private static partial Regex CountHeadingRegex();

    /// <summary>A heading of a table of other cases: "Author", "Reference", "Study", "Year", "Case", "Patient", "Pt".</summary>
    [GeneratedRegex(@"^[*_]*(?:authors?|references?|ref\.?|study|studies|year|case(?:\s+no\.?)?|cases|patients?|pts?\.?|no\.)(?:\s*\(\w+\))?[*_]*$", RegexOptions.IgnoreCase)]
    private static partial Regex OtherCasesRegex();

    [GeneratedRegex(@"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")]
    private static partial Regex SeparatorRegex();
}
