using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// A count written as a multiplication or appended after the last drug of a list ("carboplatin and pemetrexed x4",
/// "cisplatin/etoposide ×6", "pemetrexed/bevacizumab chemotherapy × 4", "ipilimumab and nivolumab, four doses of the combination") counts the cycles of every drug of
/// the list, not of the last one only. Only drugs joined by a bare list word
/// ("and", "plus", ",", "/", "+") take it; a drug that states its own count keeps it.
/// </summary>
internal static partial class DrugListCompactCount
{
    private const int CountReach = 32;

    public static void Apply(ExtractionContext context, List<DrugMention> mentions)
    {
        var text = context.Text;
        var carried = -1;
        for (var i = mentions.Count - 1; i > 0; i--)
        {
            var current = mentions[i];
            if (current.Attributes.Cycles is not { } cycles
                || (carried != i && !CompactCountRegex().IsMatch(text.AsSpan(current.End, Math.Min(CountReach, text.Length - current.End)))
                    && !DrugAppendedCount.IsAppended(text, current.End)))
            {
                continue;
            }

            var previous = mentions[i - 1];
            if (previous.Attributes.Cycles is not null || previous.End > current.Start
                || context.SentenceIndexAt(previous.Start) != context.SentenceIndexAt(current.Start)
                || !ListWordRegex().IsMatch(text.AsSpan(previous.End, current.Start - previous.End)))
            {
                continue;
            }

            mentions[i - 1] = previous with { Attributes = previous.Attributes with { Cycles = cycles } };
            carried = i - 1;
        }
    }

    /// <summary>" x4", " ×6", " x 6", " chemotherapy × 4" right after the name; not a measure ("x 10^9/L", "x 2 days").</summary>
    [GeneratedRegex(@"^\s?(?:(?:chemotherapy|therapy|regimen|treatment|immunotherapy|chemoimmunotherapy|immunochemotherapy|combination)\s*)?[x×]\s?\d{1,2}\b(?![.,]\d|\s*(?:\^|10\b|/|(?:mg|g|µg|mcg|ml|cm|mm|days?|d|weeks?|wks?|months?|years?|yrs?|hours?|h|min|per|daily)\b))", RegexOptions.IgnoreCase)]
    private static partial Regex CompactCountRegex();

    /// <summary>" and ", ", ", ", and ", "/", " + ", " plus ".</summary>
    [GeneratedRegex(@"^\s*(?:,\s*(?:and\s+|plus\s+)?|and\s+|plus\s+|\+\s*|/\s*|&\s*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ListWordRegex();
}
