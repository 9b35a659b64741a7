using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// The chemotherapy reached, told by its ordinal in a sentence that names no drug ("After 4th chemotherapy, CT revealed
/// progression"; "After the sixth chemotherapy, PET showed a complete response"), counts the cycles of the last
/// statement of anticancer drugs a few sentences back, when that statement counts none; a later ordinal raises the count.
/// </summary>
internal static partial class DrugOrdinalChemotherapy
{
    public static void Apply(ExtractionContext context, List<DrugMention> mentions)
    {
        var text = context.Text;
        if (mentions.Count == 0 || text.IndexOf("chemotherap", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return;
        }

        Dictionary<int, int>? reached = null;
        var next = 0;
        foreach (Match match in OrdinalChemotherapyRegex().Matches(text))
        {
            while (next < mentions.Count && mentions[next].Start < match.Index)
            {
                next++;
            }

            var sentence = context.SentenceIndexAt(match.Index);
            if (next == 0 || !context.IsAboutCase(match.Index)
                || (next < mentions.Count && context.SentenceIndexAt(mentions[next].Start) == sentence)
                || context.SentenceIndexAt(mentions[next - 1].Start) == sentence
                || DrugAttributeParser.ParseCount(match.Groups["ord"].Value) is not (> 1 and var count)
                || DrugCycleAnaphora.LastAnticancer(context, mentions, next - 1, sentence) is not (>= 0 and var last)
                || context.PatientAt(mentions[last].Start) != context.PatientAt(match.Index))
            {
                continue;
            }

            var statement = context.SentenceIndexAt(mentions[last].Start);
            for (var k = last; k >= 0 && context.SentenceIndexAt(mentions[k].Start) == statement; k--)
            {
                reached ??= new();
                var own = mentions[k].Attributes.Cycles;
                if (own is null || (reached.TryGetValue(k, out var set) && set == own && count > set))
                {
                    mentions[k] = mentions[k] with { Attributes = mentions[k].Attributes with { Cycles = count } };
                    reached[k] = count;
                }
            }
        }
    }

    /// <summary>
    /// The chemotherapy reached, by its ordinal.
    /// | text | ord |
    /// |---|---|
    /// | After 4th chemotherapy | 4th |
    /// | after the sixth chemotherapy | sixth |
    /// | Following the 3rd chemotherapy cycle | 3rd |
    /// | before the second chemotherapy | no match |
    /// | after the fourth line of chemotherapy | no match |
    /// </summary>
    [GeneratedRegex(@"\b(?:after|following|completing|completed|(?:on|upon|after)\s+completion\s+of)\s+(?:the\s+|her\s+|his\s+)?(?<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+(?:(?:cycle|course|session|round)\s+of\s+)?(?:chemotherapy|chemotherapies)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalChemotherapyRegex();
}
