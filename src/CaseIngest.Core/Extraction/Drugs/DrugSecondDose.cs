using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// A later dose of a drug told by its ordinal as given ("A second dose of rituximab was given two weeks later"; "she
/// received a third infusion of infliximab") counts that many doses, when the drug states no count and no later dose,
/// further doses or greater count are told after it.
/// </summary>
internal static partial class DrugSecondDose
{
    /// <summary>How far before the drug the ordinal dose may begin.</summary>
    private const int Reach = 60;

    public static void Apply(ExtractionContext context, List<DrugMention> mentions)
    {
        var text = context.Text;
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            var start = Math.Max(context.SentenceAt(mention.Start).Start, mention.Start - Reach);
            if (mention.Attributes.Cycles is not null || start >= mention.Start
                || text.AsSpan(start, mention.Start - start).IndexOf(" of ", StringComparison.Ordinal) < 0)
            {
                continue;
            }

            if (OrdinalDoseRegex().Match(text, start, mention.Start - start) is not { Success: true } m
                || (!m.Groups["verb"].Success && !GivenAfterRegex().IsMatch(text.AsSpan(mention.End, Math.Min(40, text.Length - mention.End))))
                || DrugAttributeParser.ParseCount(m.Groups["n"].Value) is not { } count
                || DrugEndedCourse.LaterCycleTold(text, mention.End, count))
            {
                continue;
            }

            mentions[i] = mention with { Attributes = mention.Attributes with { Cycles = count } };
        }
    }

    /// <summary>
    /// An ordinal dose right before the drug, after a verb of giving or not.
    /// | text before the drug | n |
    /// |---|---|
    /// | "A second dose of " | second |
    /// | "she received a third infusion of " | third |
    /// | "the second dose of the " | second |
    /// | "a second course of " | no match |
    /// </summary>
    [GeneratedRegex(@"(?:(?<verb>\b(?:received|receiving|given|administered|got)\s+)|\b)(?:a|the|her|his)\s+(?<n>second|third|fourth)\s+(?:dose|infusion|injection|administration)\s+of\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalDoseRegex();

    /// <summary>"was given", "was administered on day 14", "were infused" right after the drug.</summary>
    [GeneratedRegex(@"^\s*(?:\([^()]{0,30}\)\s*)?(?:was|were)\s+(?:\w+\s+)?(?:given|administered|infused|injected|received)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GivenAfterRegex();
}
