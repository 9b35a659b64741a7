using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// A drug added to part of a counted course ("six cycles of carboplatin and paclitaxel, the last two with bevacizumab";
/// "four courses of FOLFOX, the last three in combination with cetuximab") received the cycles of that part, when the
/// drug named just before it counts more cycles and the drug states no count of its own.
/// </summary>
internal static partial class DrugCoursePart
{
    /// <summary>How far before the drug the part of the course may begin.</summary>
    private const int Reach = 70;

    public static void Apply(ExtractionContext context, List<DrugMention> mentions)
    {
        var text = context.Text;
        for (var i = 1; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            var previous = mentions[i - 1];
            if (mention.Attributes.Cycles is not null || previous.Attributes.Cycles is not { } total || previous.End >= mention.Start
                || mention.Start - previous.End > Reach)
            {
                continue;
            }

            var between = text.AsSpan(previous.End, mention.Start - previous.End);
            if (!OrdinalIgnoreCase.Contains(between, "last") && !OrdinalIgnoreCase.Contains(between, "first")
                && !OrdinalIgnoreCase.Contains(between, "final"))
            {
                continue;
            }

            if (PartRegex().Match(text, previous.End, mention.Start - previous.End) is { Success: true } m
                && DrugAttributeParser.ParseCount(m.Groups["n"].Value) is { } part && part < total
                && context.SentenceIndexAt(previous.Start) == context.SentenceIndexAt(mention.Start))
            {
                mentions[i] = mention with { Attributes = mention.Attributes with { Cycles = part } };
            }
        }
    }

    /// <summary>
    /// The part of the course a drug was added to, ending right before the drug.
    /// | text between the drugs | n |
    /// |---|---|
    /// | ", the last two with " | two |
    /// | ", the last three in combination with " | three |
    /// | " (the first 4 cycles together with " | 4 |
    /// | ", with the final two courses given with " | two |
    /// | " and then " | no match |
    /// </summary>
    [GeneratedRegex(@"[,;(]\s*(?:and\s+)?(?:with\s+)?(?:the|its|her|his)\s+(?:last|final|first|initial)\s+(?<n>\d{1,2}|" + NumberWords.TwoToTwelve + @")\s+(?:(?:cycles?|courses?|doses|infusions)\s+)?(?:(?:were|was|being|given|administered|delivered)\s+){0,2}(?:with|plus|(?:in\s+)?combination\s+with|combined\s+with|together\s+with|along\s+with|adding|including)\s+(?:the\s+addition\s+of\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PartRegex();
}
