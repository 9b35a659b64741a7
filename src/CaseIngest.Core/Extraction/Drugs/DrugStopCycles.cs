using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// A drug stopped or replaced in the sentence that counts the cycles given before ("After six cycles, paclitaxel was
/// discontinued"; "after a year of treatment (18 cycles), nivolumab was stopped"; "After the fourth dose, cisplatin was
/// replaced by carboplatin"; "She received the first cycle of docetaxel, then docetaxel was discontinued") or right
/// after the stopping verb ("was discontinued after the third cycle"; "was replaced by carboplatin after the second
/// cycle"; "was stopped at cycle 4") received that many cycles, when its own clause states none; the drugs listed
/// before it under a plural verb ("the carboplatin and pemetrexed were stopped") share the count. Only the drug that is
/// stopped takes the count, not a drug started in its place.
/// </summary>
internal static partial class DrugStopCycles
{
    /// <summary>How far after the drug name the stopping verb may stand.</summary>
    private const int StopReach = 60;

    /// <summary>How far after the stopping verb the cycle it followed may be told.</summary>
    private const int AfterReach = 80;

    /// <summary>How far after the verb of a replacement the drug put in its place may stand.</summary>
    private const int SwapReach = 20;

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

            var reach = Math.Min(text.Length, mention.End + StopReach);
            var stopped = StoppedRegex().Match(text, mention.End, reach - mention.End);
            if (!stopped.Success)
            {
                continue;
            }

            var sentence = context.SentenceAt(mention.Start);
            var stopEnd = stopped.Index + stopped.Length;
            var before = CountBefore(text, sentence.Start, mention.Start);
            var count = before ?? CountAfter(text, stopEnd, sentence.End);
            if (count is not { } cycles)
            {
                continue;
            }

            mentions[i] = mention with { Attributes = mention.Attributes with { Cycles = cycles } };

            // "the carboplatin and pemetrexed were stopped": the drugs listed before the last share its plural verb and its count.
            if (PluralRegex().IsMatch(stopped.Value))
            {
                for (var k = i - 1; k >= 0 && DrugMoreCyclesOfCourse.Listed(text, mentions[k], mentions[k + 1]) && mentions[k].Attributes.Cycles is null; k--)
                {
                    mentions[k] = mentions[k] with { Attributes = mentions[k].Attributes with { Cycles = cycles } };
                }
            }

            // "X was replaced by Y after the second dose": the cycle told after Y is X's, not Y's.
            if (before is null && stopped.Groups["swap"].Success && i + 1 < mentions.Count && mentions[i + 1].Start >= stopEnd
                && mentions[i + 1].Start - stopEnd <= SwapReach && mentions[i + 1].Start < sentence.End && mentions[i + 1].Attributes.Cycles == cycles)
            {
                mentions[i + 1] = mentions[i + 1] with { Attributes = mentions[i + 1].Attributes with { Cycles = null } };
            }
        }
    }

    /// <summary>The last count of cycles or ordinal cycle reached in the sentence before the drug, or null.</summary>
    private static int? CountBefore(string text, int start, int end)
    {
        if (start >= end)
        {
            return null;
        }

        var before = text.AsSpan(start, end - start);
        if (!OrdinalIgnoreCase.Contains(before, "cycle") && !OrdinalIgnoreCase.Contains(before, "course")
            && !OrdinalIgnoreCase.Contains(before, "dose") && !OrdinalIgnoreCase.Contains(before, "infusion"))
        {
            return null;
        }

        Match? last = null;
        for (var m = CountBeforeRegex().Match(text, start, before.Length); m.Success; m = m.NextMatch())
        {
            last = m;
        }

        return last is null ? null : DrugAttributeParser.ParseCount(last.Groups["n"].Value);
    }

    /// <summary>The cycle the drug was stopped after, told right after the stopping verb, or null.</summary>
    private static int? CountAfter(string text, int start, int sentenceEnd)
    {
        var end = Math.Min(sentenceEnd, start + AfterReach);
        if (end <= start || !OrdinalIgnoreCase.Contains(text.AsSpan(start, end - start), "after")
            && !OrdinalIgnoreCase.Contains(text.AsSpan(start, end - start), "following") && !OrdinalIgnoreCase.Contains(text.AsSpan(start, end - start), " at "))
        {
            return null;
        }

        return CountAfterStopRegex().Match(text, start, end - start) is { Success: true } m ? DrugAttributeParser.ParseCount(m.Groups["n"].Value) : null;
    }

    /// <summary>"was discontinued", "had to be stopped", "(for colitis) was permanently stopped", "was replaced by", "was switched to" right after the drug.</summary>
    [GeneratedRegex(@"\G[\s,]*(?:\([^()]{0,40}\)\s*)?(?:was|were|had\s+to\s+be|has\s+been|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:stopped|discontinued|suspended|ceased|withdrawn|interrupted|terminated|halted|(?<swap>replaced|switched|changed|substituted)|omitted)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StoppedRegex();

    /// <summary>"were", "have been": the stopping verb of more than one drug.</summary>
    [GeneratedRegex(@"\b(?:were|have\s+been)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PluralRegex();

    /// <summary>
    /// "After six cycles", "Following four courses", "after a year of treatment (18 cycles)", "After the fourth dose",
    /// "Following the 2nd infusion", "received the first cycle of".
    /// </summary>
    [GeneratedRegex(@"\b(?:after|following|completing|completed)\b[^;]{0,80}?(?<![\w.])(?<n>\d{1,2}|one|" + NumberWords.TwoToTwelve + @"|twenty|twenty-four)\s+(?:cycles?|courses?)\b|\b(?:after|following|completing|completed|received|receiving|given)\s+(?:only\s+)?(?:the|his|her)\s+(?:(?<n>first|" + NumberWords.SecondToTwelfth + @")|(?<n>\d{1,2})(?:st|nd|rd|th))\s+(?:cycle|course|dose|infusion|administration)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountBeforeRegex();

    /// <summary>
    /// "after the third cycle", "by carboplatin after the 2nd course", "following the first dose", "after four cycles",
    /// "at cycle 4", "at the third cycle" after the stopping verb; a cycle number may close the clause or the sentence
    /// ("at cycle 4.", "at cycle 4, and"), but a number after its comma or point ("cycle 4, 5", "cycle 4.5") is no cycle of its own.
    /// </summary>
    [GeneratedRegex(@"\G[^.;]{0,60}?\b(?:(?:after|following)\s+(?:the\s+|his\s+|her\s+)?(?:(?<n>first|" + NumberWords.SecondToTwelfth + @")|(?<n>\d{1,2})(?:st|nd|rd|th)|(?<n>\d{1,2}|" + NumberWords.TwoToTwelve + @")\s+(?=cycles|courses|doses|infusions))\s*(?:cycle|course|dose|infusion|administration)s?\b|at\s+(?:the\s+(?:(?<n>" + NumberWords.SecondToTwelfth + @")|(?<n>\d{1,2})(?:nd|rd|th))\s+(?:cycle|course)|(?:cycle|course)\s+(?<n>\d{1,2})(?![\d/-]|[.,]\s?\d|\s*(?:-|–|to|of)\s*\d)))", RegexOptions.IgnoreCase)]
    private static partial Regex CountAfterStopRegex();
}
