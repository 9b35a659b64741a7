using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// A drug stopped in the sentence that counts the cycles given before ("After six cycles, paclitaxel was
/// discontinued"; "after a year of treatment (18 cycles), nivolumab was stopped") received that many cycles, when its
/// own clause states none. Only the drug that is stopped takes the count, not a drug started in its place.
/// </summary>
internal static partial class DrugStopCycles
{
    /// <summary>How far after the drug name the stopping verb may stand.</summary>
    private const int StopReach = 60;

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
            if (!StoppedRegex().IsMatch(text.AsSpan(mention.End, reach - mention.End)))
            {
                continue;
            }

            var sentence = context.SentenceAt(mention.Start);
            if (sentence.Start >= mention.Start)
            {
                continue;
            }

            var before = text.AsSpan(sentence.Start, mention.Start - sentence.Start);
            if (!OrdinalIgnoreCase.Contains(before, "cycle") && !OrdinalIgnoreCase.Contains(before, "course"))
            {
                continue;
            }

            Match? last = null;
            for (var m = CountBeforeRegex().Match(text, sentence.Start, before.Length); m.Success; m = m.NextMatch())
            {
                last = m;
            }

            if (last is not null && DrugAttributeParser.ParseCount(last.Groups["n"].Value) is { } cycles)
            {
                mentions[i] = mention with { Attributes = mention.Attributes with { Cycles = cycles } };
            }
        }
    }

    /// <summary>"was discontinued", "had to be stopped", "(for colitis) was permanently stopped" right after the drug.</summary>
    [GeneratedRegex(@"^[\s,]*(?:\([^()]{0,40}\)\s*)?(?:was|were|had\s+to\s+be|has\s+been|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:stopped|discontinued|suspended|ceased|withdrawn|interrupted|terminated|halted)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StoppedRegex();

    /// <summary>"After six cycles", "Following four courses", "after a year of treatment (18 cycles)".</summary>
    [GeneratedRegex(@"\b(?:after|following|completing|completed)\b[^;]{0,80}?(?<![\w.])(?<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|twenty-four)\s+(?:cycles?|courses?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountBeforeRegex();
}
