using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// A drug given with a chemotherapy whose drugs are named in brackets ("4 cycles of tislelizumab and chemotherapy
/// (pemetrexed and carboplatin)", "sintilimab combined with chemotherapy (nab-paclitaxel and cisplatin) was given for four
/// cycles") is one course with them: a count stated for either side counts for the other where it states none.
/// </summary>
internal static partial class DrugBracketedChemotherapyCycles
{
    private const int BracketLimit = 200;

    public static void Apply(ExtractionContext context, List<DrugMention> mentions)
    {
        var text = context.Text;
        for (var i = 0; i + 1 < mentions.Count; i++)
        {
            var head = mentions[i];
            var first = mentions[i + 1];
            if (first.Start < head.End || first.Start - head.End > 60
                || !ChemotherapyBracketRegex().IsMatch(text.AsSpan(head.End, first.Start - head.End)))
            {
                continue;
            }

            var close = text.IndexOf(')', first.End, Math.Min(BracketLimit, text.Length - first.End));
            if (close < 0)
            {
                continue;
            }

            var last = i + 1;
            while (last + 1 < mentions.Count && mentions[last + 1].Start < close)
            {
                last++;
            }

            int? cycles = head.Attributes.Cycles;
            for (var k = i + 1; k <= last && cycles is null; k++)
            {
                cycles = mentions[k].Attributes.Cycles;
            }

            if (cycles is null)
            {
                continue;
            }

            for (var k = i; k <= last; k++)
            {
                if (mentions[k].Attributes.Cycles is null)
                {
                    mentions[k] = mentions[k] with { Attributes = mentions[k].Attributes with { Cycles = cycles } };
                }
            }

            i = last - 1;
        }
    }

    /// <summary>" and chemotherapy (", " plus platinum-based chemotherapy (", " combined with chemotherapy (", " in combination with chemotherapy ("</summary>
    [GeneratedRegex(@"^\s*,?\s*(?:and|plus|\+|(?:combined|together|along)\s+with|in\s+combination\s+with|with)\s+(?:[\w-]+\s+){0,3}?(?:chemotherapy|chemo)\s*\(\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ChemotherapyBracketRegex();
}
