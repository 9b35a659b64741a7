using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// Coordination across brackets: in "three cycles of carboplatin (AUC 5 on day 1) and etoposide (100 mg/m2 on days 1-3)"
/// the count heads the whole list, although each drug's own bracket keeps the two names from reading as one list. A
/// drug joined to the previous one by its bracket and a list word takes that drug's count when it states none of its
/// own; its dose, route and schedule stay its own.
/// </summary>
internal static partial class DrugBracketListCycles
{
    private const int BracketLimit = 160;

    public static void Apply(ExtractionContext context, List<DrugMention> mentions)
    {
        var text = context.Text;
        for (var i = 1; i < mentions.Count; i++)
        {
            var previous = mentions[i - 1];
            var current = mentions[i];
            if (current.Attributes.Cycles is not null || previous.Attributes.Cycles is not { } cycles
                || previous.End > current.Start || current.Start - previous.End > BracketLimit
                || context.SentenceIndexAt(previous.Start) != context.SentenceIndexAt(current.Start)
                || !BracketThenListWordRegex().IsMatch(text.AsSpan(previous.End, current.Start - previous.End)))
            {
                continue;
            }

            mentions[i] = current with { Attributes = current.Attributes with { Cycles = cycles } };
        }
    }

    /// <summary>" (75 mg/m2 on day 1) and ", " (AUC 6), ", " (15 mg/kg), and ", " (1000 mg/m2 on days 1 and 8) plus ".</summary>
    [GeneratedRegex(@"^\s*\([^()]+\)\s*(?:,\s*(?:and\s+|plus\s+)?|and\s+|plus\s+)$", RegexOptions.IgnoreCase)]
    private static partial Regex BracketThenListWordRegex();
}
