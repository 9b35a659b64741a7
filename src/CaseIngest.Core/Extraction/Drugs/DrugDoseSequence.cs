using System.Text.RegularExpressions;
using CaseIngest.Core.Model;

namespace CaseIngest.Core.Extraction.Drugs;

public static partial class DrugAttributeParser
{
    /// <summary>
    /// The doses after the first that <paramref name="segment"/> (the words right after one drug) gives the same drug
    /// in sequence: "200 mg on day 1, 100 mg on day 6", "400 mg/m2 as a bolus followed by 2400 mg/m2", "40 mg, then
    /// 20 mg", "tapered from 60 mg daily to a maintenance dose of 5 mg", "decreased to 30 mg, and to 15 mg", "20 mg/day for
    /// 1 month, 10 mg/day for 4 months". A second figure in another unit ("200 mg (about 3 mg/kg)") restates the first and
    /// is not a dose, unless a stated duration separates the two ("1 g daily for 3 days and 1 mg/kg daily thereafter") or
    /// the drug is switched to it ("3 mg/kg every 2 weeks, then changed to a flat dose of 480 mg every 4 weeks"). A
    /// dose written as a rate ("an 80 units/kg bolus followed by 18 units/kg/hour") keeps its rate as its frequency.
    /// </summary>
    /// <remarks>
    /// <paramref name="loadingBefore"/> says the words before the drug name its first dose a loading dose ("a loading dose
    /// of cetuximab 400 mg/m2, followed by weekly 250 mg/m2").
    /// </remarks>
    public static IReadOnlyList<DrugDoseStep> FurtherDoses(ReadOnlySpan<char> segment, Dose first, bool loadingBefore = false)
    {
        if (segment.IndexOfAnyInRange('0', '9') < 0)
        {
            return [];
        }

        var text = segment.ToString();
        List<DrugDoseStep>? doses = null;
        var seen = new List<Dose> { first };
        var previousEnd = -1;
        for (var m = DoseRegex().Match(text); m.Success; m = m.NextMatch())
        {
            if (previousEnd < 0)
            {
                previousEnd = m.Index + m.Length;
                continue;
            }

            var between = text.AsSpan(previousEnd, m.Index - previousEnd);
            previousEnd = m.Index + m.Length;
            var afterDuration = DurationCueRegex().IsMatch(between);
            var switched = UnitSwitchCueRegex().IsMatch(between);
            var cued = afterDuration || switched || SequenceCueRegex().IsMatch(between) || ScheduledDosesCueRegex().IsMatch(between)
                || (ChangeToCueRegex().IsMatch(between) && DoseChangeRegex().IsMatch(text.AsSpan(0, m.Index)));
            if (!cued || ToDose(m, out var perTime) is not { } dose || (dose.Unit != first.Unit && !afterDuration && !switched) || seen.Contains(dose)
                || CumulativeBeforeRegex().IsMatch(text.AsSpan(0, m.Index)))
            {
                continue;
            }

            seen.Add(dose);
            var afterLoading = doses is null && (loadingBefore || text.AsSpan(0, m.Index).Contains("loading", StringComparison.OrdinalIgnoreCase)
                || SingleDoseCueRegex().IsMatch(text.AsSpan(0, m.Index)));
            (doses ??= []).Add(new DrugDoseStep(dose, perTime, perTime is null ? OwnSchedule(text, m.Index + m.Length) : null, afterLoading));
        }

        return doses ?? (IReadOnlyList<DrugDoseStep>)[];
    }

    /// <summary>
    /// The schedule written right after a further dose, up to the next dose or the bracket, semicolon or full stop that
    /// closes it ("followed by 480 mg every 4 weeks"): that dose's own step of the course, with its own count when stated.
    /// </summary>
    private static DrugSchedule? OwnSchedule(string text, int from)
    {
        var next = DoseRegex().Match(text, from);
        var to = next.Success ? next.Index : text.Length;
        var close = text.AsSpan(from, to - from).IndexOfAny(';', ')', '.');
        var piece = text[from..(close >= 0 ? from + close : to)];
        return Step(piece);
    }

    /// <summary>
    /// "100 mg IV stat, then", "10 mg once, followed by", "as a single dose, then": the first dose is given once, as a
    /// loading dose is, and the schedule of the doses after it is not its own. "once daily" or "once a week" is a schedule.
    /// </summary>
    [GeneratedRegex(@"\b(?:stat|STAT|single\s+dose)\b|\bonce\b(?!\s+(?:daily|a|an|per|every|weekly|monthly|nightly|more|again)\b)", RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex SingleDoseCueRegex();

    [GeneratedRegex(@"\b(?:followed\s+by|then|thereafter|subsequently|reduced\s+to|increased\s+to|escalated\s+to|tapered\s+to|on\s+days?\s+\d+\s*,)|\bdays?\s+\d+(?:\s*[-–]\s*\d+)?\s*,\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SequenceCueRegex();

    /// <summary>
    /// "and weekly infusions of", ", and three-weekly doses of": later doses named with their schedule before them, after
    /// a first dose ("a loading dose of 4 mg/kg and weekly infusions of 2 mg/kg thereafter").
    /// </summary>
    [GeneratedRegex(@"\band\s+(?:(?:weekly|daily|monthly|fortnightly|bi-?weekly|tri-?weekly|three-weekly|3-weekly|maintenance)\s+)(?:doses|infusions|injections|administrations)\s+of\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ScheduledDosesCueRegex();

    /// <summary>The words before a drug that name its first dose a loading dose: "a loading dose of ", "an initial loading infusion of intravenous ".</summary>
    [GeneratedRegex(@"\bloading\s+(?:dose|infusion|bolus)\s+of\s+(?:(?:intravenous|oral|IV)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex LoadingDoseOfRegex();

    /// <summary>Whether the words right before a drug name its first dose a loading dose ("a loading dose of ").</summary>
    public static bool LoadingDoseBefore(ReadOnlySpan<char> before) =>
        before.Contains("loading", StringComparison.OrdinalIgnoreCase) && LoadingDoseOfRegex().IsMatch(before);

    /// <summary>
    /// "then changed to a flat dose of", "was switched to", "replaced by a fixed dose of": the drug moves to a dose of
    /// another kind (a flat dose after a weight-based one), so a figure in another unit is a new dose, not a restatement.
    /// </summary>
    [GeneratedRegex(@"\b(?:chang(?:ed|ing)|switch(?:ed|ing)|convert(?:ed|ing)|replaced|transitioned)\s+(?:to|by|with)\b|\b(?:flat|fixed)\s+dose\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex UnitSwitchCueRegex();

    /// <summary>"… daily for 3 days and", "… /day for 1 month, ", "… for two weeks, then": a dose held for a stated time, then the next.</summary>
    [GeneratedRegex(@"\bfor\s+(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|a\s+few)\s+(?:(?:more|further|consecutive)\s+)?(?:days?|weeks?|months?)\s*(?:,\s*(?:and\s+)?|and\s+)(?:then\s+)?(?:(?:with|at)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DurationCueRegex();

    /// <summary>"… daily to a maintenance dose of", ", and to", " to": the dose a change arrives at.</summary>
    [GeneratedRegex(@"(?:^|[\s,])(?:and\s+)?(?:then\s+)?(?:further\s+)?to\s+(?:(?:a|an|the)\s+)?(?:(?:[\w-]+\s+){0,2}(?:dose|dosage)\s+of\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeToCueRegex();

    /// <summary>A change of dose stated before the first figure ("was tapered from", "decreased to"): a "to" after it names a new dose, not a range.</summary>
    [GeneratedRegex(@"\b(?:taper(?:ed|ing)|reduc(?:ed|ing)|decreas(?:ed|ing)|increas(?:ed|ing)|escalat(?:ed|ing)|titrat(?:ed|ing)|lower(?:ed|ing)|rais(?:ed|ing)|weaned)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DoseChangeRegex();
}
