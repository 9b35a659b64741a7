using System.Text.RegularExpressions;
using CaseIngest.Core.Model;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// A panel written as a table of cells between pipes, one marker a row ("| CK7 | Positive |", "Desmin | D33 | Focally
/// positive"): a row whose first cell is one marker mention and whose first cell of a result word after it ("Positive
/// (diffuse)", "+", "-", "Retained", "Lost") states that marker's result. Rows of values ("CEA | 5.2 ng/mL") and header
/// or rule rows state none, and a dash is a result only in the row's last cell. Read only where the text holds a pipe.
/// </summary>
internal static partial class MarkerPipeRows
{
    /// <summary>How far a row's line is looked for either side of a mention: a table row is short.</summary>
    private const int RowReach = 2000;

    public static void Add(ExtractionContext context, IReadOnlyList<PhraseMatch<MarkerEntry>> mentions, List<MarkerFact> facts)
    {
        var text = context.Text;
        if (mentions.Count == 0 || !text.Contains('|', StringComparison.Ordinal))
        {
            return;
        }

        foreach (var mention in mentions)
        {
            var lineStart = LineBounds.Around(text, mention.Start, RowReach).Start;
            var lineEnd = LineBounds.Around(text, mention.End, RowReach).End;
            if (FirstCell(text, lineStart, mention) is not { } cellEnd || text.IndexOf('|', cellEnd, lineEnd - cellEnd) != cellEnd)
            {
                continue;
            }

            if (ResultAfter(text, cellEnd + 1, lineEnd) is not ({ } result, var resultEnd)
                || MarkerResultRules.ForKind(result, mention.Value) is not { } read)
            {
                continue;
            }

            var contract = read.ToContract();
            if (facts.Exists(f => f.Name == mention.Value.Name && f.Result == contract && f.Evidence.Start >= lineStart && f.Evidence.Start < lineEnd))
            {
                // the row was read as prose is ("| ER | Negative (0%) |"): that reading keeps the value beside the result
                continue;
            }

            facts.RemoveAll(f => f.Name == mention.Value.Name && f.Evidence.Start >= lineStart && f.Evidence.Start < lineEnd);
            facts.Add(new MarkerFact
            {
                Patient = context.PatientAt(mention.Start),
                Name = mention.Value.Name,
                Gene = mention.Value.Gene,
                Result = contract,
                Evidence = context.Evidence(mention.Start, resultEnd),
            });
        }
    }

    /// <summary>
    /// Where the first cell of the row ends when the mention fills it ("| CK7 |", "CK7 (OV-TL 12/30) |" at the start of a
    /// line); null when the mention is not the whole first cell.
    /// </summary>
    private static int? FirstCell(string text, int lineStart, PhraseMatch<MarkerEntry> mention)
    {
        var p = lineStart;
        while (p < mention.Start && text[p] is ' ' or '\t')
        {
            p++;
        }

        if (p < mention.Start && text[p] == '|')
        {
            p++;
            while (p < mention.Start && text[p] is ' ' or '\t')
            {
                p++;
            }
        }

        if (p != mention.Start)
        {
            return null;
        }

        var q = mention.End;
        if (CloneAfter().Match(text, q) is { Success: true } clone)
        {
            q += clone.Length;
        }

        while (q < text.Length && text[q] is ' ' or '\t')
        {
            q++;
        }

        return q < text.Length && text[q] == '|' ? q : null;
    }

    /// <summary>The result of the first cell after <paramref name="from"/> that states one, with where its words end.</summary>
    private static (MarkerResult? Result, int End) ResultAfter(string text, int from, int lineEnd)
    {
        var start = from;
        while (start < lineEnd)
        {
            var end = text.IndexOf('|', start, lineEnd - start);
            end = end < 0 ? lineEnd : end;
            if (ResultCell().Match(text, start, end - start) is { Success: true } cell
                && (!IsDash(cell.Groups["w"].ValueSpan) || IsLastCell(text, end, lineEnd)))
            {
                var word = cell.Groups["w"].Value.ToLowerInvariant();
                MarkerResult result = word switch
                {
                    "negative" or "neg" or "-" or "−" or "–" or "absent" => MarkerResult.Negative,
                    "retained" or "intact" or "preserved" => MarkerResult.Intact,
                    "lost" or "loss" => MarkerResult.Lost,
                    _ => MarkerResult.Positive,
                };
                return (result, cell.Groups["w"].Index + cell.Groups["w"].Length);
            }

            start = end + 1;
        }

        return (null, 0);
    }

    private static bool IsDash(ReadOnlySpan<char> word) => word is "-" or "−" or "–";

    /// <summary>
    /// Whether the cell ending at <paramref name="end"/> is the row's last: a dash in an earlier cell is a column left
    /// empty ("| p53 | - | + |", no clone named), a dash in the last the result.
    /// </summary>
    private static bool IsLastCell(string text, int end, int lineEnd) =>
        end >= lineEnd || text.AsSpan(end + 1, lineEnd - end - 1).Trim().IsEmpty;

    /// <summary>A clone in brackets after the marker in its cell: " (OV-TL 12/30)", " (clone SP1)".</summary>
    [GeneratedRegex(@"\G\s*\([^()|\n]{1,40}\)", RegexOptions.CultureInvariant)]
    private static partial Regex CloneAfter();

    /// <summary>
    /// A cell that is a result: "Positive", "Focally positive", "Positive (diffuse)", "+", "+++", "-", "Retained", "Lost",
    /// "Neg"; not "5.2 ng/mL", "D33" (a clone) nor "Result" (a header).
    /// </summary>
    [GeneratedRegex(@"\G\s*(?:(?:strongly|weakly|focally|diffusely|patchy|partially|moderately|strong|weak|focal|diffuse)\s+)?(?<w>positive|negative|pos|neg|\+{1,3}|[-−–]|retained|intact|preserved|lost|loss|absent)\s*(?:\([^()|\n]{0,40}\))?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ResultCell();
}
