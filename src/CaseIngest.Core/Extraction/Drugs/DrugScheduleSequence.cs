using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Drugs;

public static partial class DrugAttributeParser
{
    /// <summary>
    /// The steps of a course whose schedule changes, read from <paramref name="segment"/> (the words right after one
    /// drug): "every 2 weeks for the first 3 doses, followed by every 8 weeks", "weekly for 4 weeks, then every 2 months",
    /// "every 2 weeks for 3 pulses, then every 3 weeks for 2 pulses". The first step is read before the cue and each later
    /// one after it, up to the bracket, semicolon or sentence end that closes it. Null when the segment states one
    /// schedule, when a step states no schedule of its own, or when a later step brings a dose of its own: that is a
    /// sequence of doses, read by <see cref="FurtherDoses"/>. When <paramref name="endsAtDrug"/>, the segment stops at the
    /// next drug, and an open last step is that drug's schedule.
    /// </summary>
    public static IReadOnlyList<DrugSchedule>? ScheduleSteps(ReadOnlySpan<char> segment, bool endsAtDrug = false)
    {
        if (!OrdinalIgnoreCase.Contains(segment, "then") && !OrdinalIgnoreCase.Contains(segment, "followed")
            && !OrdinalIgnoreCase.Contains(segment, "thereafter"))
        {
            return null;
        }

        var text = segment.ToString();
        var cues = ScheduleCueRegex().Matches(text);
        if (cues.Count == 0)
        {
            return null;
        }

        var steps = new List<DrugSchedule>(cues.Count + 1);
        if (Step(text[..cues[0].Index]) is not { } first)
        {
            return null;
        }

        steps.Add(first);
        for (var k = 0; k < cues.Count; k++)
        {
            var from = cues[k].Index + cues[k].Length;
            var to = k + 1 < cues.Count ? cues[k + 1].Index : text.Length;
            var piece = text[from..to];
            var close = piece.IndexOfAny([')', ';', '.']);
            if (close < 0 && endsAtDrug && k == cues.Count - 1)
            {
                // "followed by weekly paclitaxel": a schedule that runs into the next drug is that drug's.
                break;
            }

            piece = close >= 0 ? piece[..close] : piece;
            if (DoseRegex().IsMatch(piece) || RestRegex().IsMatch(piece) || Step(piece) is not { } later || later.Frequency == steps[^1].Frequency)
            {
                return null;
            }

            steps.Add(later);
        }

        return steps.Count > 1 ? steps : null;
    }

    private static DrugSchedule? Step(string piece) =>
        FindScheduleFrequency(piece) is { } frequency ? new DrugSchedule(frequency, MayCountCycles(piece) ? FindCyclesAfter(piece) : null) : null;

    /// <summary>"followed by 2 weeks of rest, every 6 weeks", "then repeated every 28 days": the cycle around a schedule, not a new schedule.</summary>
    [GeneratedRegex(@"\b(?:rest|off|break|pause|drug-free|treatment-free|repeat\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RestRegex();

    /// <summary>", followed by", ", then", "and thereafter": where the next step of a changing schedule begins.</summary>
    [GeneratedRegex(@"[,\s]+(?:and\s+)?(?:followed\s+by|then|thereafter)\b[\s,]*", RegexOptions.IgnoreCase)]
    private static partial Regex ScheduleCueRegex();

    /// <summary>
    /// A hand-over to the next drug that opens with its schedule, at the end of the words between two drugs.
    /// | text between the drugs | match |
    /// |---|---|
    /// | " followed by weekly " | " followed by weekly " |
    /// | ", then weekly " | ", then weekly " |
    /// | " and subsequently fortnightly oral " | " and subsequently fortnightly oral " |
    /// | " followed by " | no match |
    /// | " weekly and " | no match |
    /// </summary>
    [GeneratedRegex(@"[,;\s]+(?:and\s+)?(?:followed\s+by|then|subsequently|thereafter)\s+(?:(?:once|twice|thrice)\s+)?(?:daily|weekly|monthly|bi-?weekly|tri-?weekly|fortnightly|(?:two|three|four|2|3|4)-weekly)\s+(?:(?:intravenous|oral|subcutaneous|IV|SC|PO)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex HandOverScheduleRegex();
}
