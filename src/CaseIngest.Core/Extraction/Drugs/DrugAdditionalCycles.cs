using System.Buffers;
using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// More cycles of the same course stated in a sentence that names no drug ("The regimen was continued for an additional
/// two cycles"; "Two more cycles were given") add to the count of the last statement of anticancer drugs a few
/// sentences back, when that statement counts its cycles: two cycles, then two more, are four.
/// </summary>
internal static partial class DrugAdditionalCycles
{
    /// <summary>The pattern searched near its words only, with those words.</summary>
    internal static IEnumerable<(Regex Regex, SearchValues<string> Words)> Windowed => [(AdditionalCyclesRegex(), DrugCycleAnaphora.CycleWords)];

    public static void Apply(ExtractionContext context, List<DrugMention> mentions)
    {
        if (mentions.Count == 0)
        {
            return;
        }

        var text = context.Text;
        var next = 0;
        foreach (var match in WordWindows.Matches(AdditionalCyclesRegex(), text, DrugCycleAnaphora.CycleWords))
        {
            if (DrugCycleAnaphora.LastAnticancerBeforeDrugless(context, mentions, match.Index, ref next, out _) is not (>= 0 and var last)
                || DrugAttributeParser.ParseCount(match.Groups["n"].Value) is not { } more)
            {
                continue;
            }

            var statement = context.SentenceIndexAt(mentions[last].Start);
            for (var k = last; k >= 0 && context.SentenceIndexAt(mentions[k].Start) == statement; k--)
            {
                if (mentions[k].Attributes.Cycles is { } cycles)
                {
                    mentions[k] = mentions[k] with { Attributes = mentions[k].Attributes with { Cycles = cycles + more } };
                }
            }
        }
    }

    /// <summary>
    /// "was continued for an additional two cycles", "continued for 2 more courses", "received another three cycles",
    /// "Two further cycles were administered".
    /// </summary>
    [GeneratedRegex(@"\b(?:(?:continued|given|administered|received|completed|delivered|repeated)\s+(?:for\s+)?(?:(?:an?\s+)?(?:additional|another|further)\s+(?<n>\d{1,2}|" + NumberWords.TwoToTwelve + @")|(?<n>\d{1,2}|" + NumberWords.TwoToTwelve + @")\s+(?:more|additional|further))\s+(?:cycles|courses)|(?<![\w,]\s)(?<n>\d{1,2}|" + NumberWords.TwoToTwelve + @")\s+(?:more|additional|further)\s+(?:cycles|courses)\s+(?:of\s+(?:the\s+)?(?:same\s+)?(?:[\w-]+\s+){0,2}?(?:chemotherapy|therapy|treatment|regimen)\s+)?(?:were|was)\s+(?:\w+\s+)?(?:given|administered|completed|delivered))\b", RegexOptions.IgnoreCase)]
    private static partial Regex AdditionalCyclesRegex();
}
