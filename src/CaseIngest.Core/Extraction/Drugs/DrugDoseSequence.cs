using System.Text.RegularExpressions;
using CaseIngest.Core.Model;

namespace CaseIngest.Core.Extraction.Drugs;

public static partial class DrugAttributeParser
{
    /// <summary>
    /// The doses after the first that <paramref name="segment"/> (the words right after one drug) gives the same drug
    /// in sequence: "200 mg on day 1, 100 mg on day 6", "400 mg/m2 as a bolus followed by 2400 mg/m2", "40 mg, then
    /// 20 mg". A second figure in another unit ("200 mg (about 3 mg/kg)") restates the first and is not a dose.
    /// </summary>
    public static IReadOnlyList<Dose> FurtherDoses(ReadOnlySpan<char> segment, Dose first)
    {
        if (segment.IndexOfAnyInRange('0', '9') < 0)
        {
            return [];
        }

        var text = segment.ToString();
        List<Dose>? doses = null;
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
            if (!SequenceCueRegex().IsMatch(between) || ToDose(m, out _) is not { } dose || dose.Unit != first.Unit || seen.Contains(dose)
                || CumulativeBeforeRegex().IsMatch(text.AsSpan(0, m.Index)))
            {
                continue;
            }

            seen.Add(dose);
            (doses ??= []).Add(dose);
        }

        return doses ?? (IReadOnlyList<Dose>)[];
    }

    [GeneratedRegex(@"\b(?:followed\s+by|then|thereafter|subsequently|reduced\s+to|increased\s+to|escalated\s+to|tapered\s+to|on\s+days?\s+\d+\s*,)|\bdays?\s+\d+(?:\s*[-–]\s*\d+)?\s*,\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SequenceCueRegex();
}
