using System.Text.RegularExpressions;
using CaseIngest.Core.Model;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// A course planned for more cycles than were given ("Six cycles of cisplatin and pemetrexed were planned, but only two
/// were given"; "Gemcitabine was scheduled for four courses, but only one course was administered"): the drugs named
/// before the plan in its sentence received the cycles given, not the cycles planned, and were given.
/// </summary>
internal static partial class DrugPlannedPartGiven
{
    public static void Apply(ExtractionContext context, List<DrugMention> mentions)
    {
        var text = context.Text;
        var last = -1;
        for (var i = 0; i < mentions.Count; i++)
        {
            var sentence = context.SentenceIndexAt(mentions[i].Start);
            if (sentence == last)
            {
                continue;
            }

            last = sentence;
            var span = context.Sentences[sentence];
            var words = text.AsSpan(mentions[i].End, Math.Max(0, span.End - mentions[i].End));
            if (!OrdinalIgnoreCase.Contains(words, "but") || (!OrdinalIgnoreCase.Contains(words, "planned") && !OrdinalIgnoreCase.Contains(words, "scheduled")
                && !OrdinalIgnoreCase.Contains(words, "intended")))
            {
                continue;
            }

            if (PlannedButGivenRegex().Match(text, mentions[i].End, words.Length) is not { Success: true } m
                || DrugAttributeParser.ParseCount(m.Groups["n"].Value) is not (> 0 and var given))
            {
                continue;
            }

            for (var k = i; k < mentions.Count && mentions[k].Start < m.Index; k++)
            {
                mentions[k] = mentions[k] with { Status = TreatmentStatus.Given, Attributes = mentions[k].Attributes with { Cycles = given } };
            }
        }
    }

    /// <summary>
    /// A plan followed by the part of it given.
    /// | text after the drug | n |
    /// |---|---|
    /// | " were planned, but only two were given" | two |
    /// | " was scheduled for four courses, but only one course was administered" | one |
    /// | " were planned, but she declined" | no match |
    /// </summary>
    [GeneratedRegex(@"\b(?:was|were|had\s+been|been)\s+(?:initially\s+|originally\s+)?(?:planned|scheduled|intended)\b[^.;]{0,60}?\bbut\s+(?:only\s+)?(?<n>one|a\s+single|" + NumberWords.TwoToTwelve + @"|\d{1,2})\s+(?:(?:cycles?|courses?|doses?|infusions?)\s+)?(?:was|were|could\s+be|had\s+been)\s+(?:\w+\s+)?(?:given|administered|completed|delivered|received|performed|tolerated)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PlannedButGivenRegex();
}
