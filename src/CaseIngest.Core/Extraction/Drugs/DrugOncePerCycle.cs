using System.Text.RegularExpressions;
using CaseIngest.Core.Model;

namespace CaseIngest.Core.Extraction.Drugs;

public static partial class DrugAttributeParser
{
    /// <summary>
    /// The frequency of a drug whose own words give it on one day of a cycle ("cisplatin 75 mg/m2 on day 1 and
    /// fluorouracil 1000 mg/m2 per day on days 1-4, every 3 weeks"): a daily schedule <paramref name="shared"/> read from
    /// the rest of its clause belongs to the drug given on a range of days, so this drug takes the cycle length of the
    /// clause instead, or none. Any other frequency is returned as it is.
    /// </summary>
    public static Frequency? OncePerCycle(ReadOnlySpan<char> own, ReadOnlySpan<char> clause, Frequency shared)
    {
        if (!IsDailyOrShorter(shared) || !SingleDayRegex().IsMatch(own) || DayRangeRegex().IsMatch(own))
        {
            return shared;
        }

        return FindScheduleFrequency(clause.ToString()) is { } cycle && !IsDailyOrShorter(cycle) ? cycle : null;
    }

    /// <summary>"on day 1", "d1", "day 1 of each cycle", but not "days 1-5" or "days 1 and 8".</summary>
    [GeneratedRegex(@"\b(?:on\s+)?(?:day|d)\s?1\b(?!\s?(?:-|–|to|through|thru|,|and|&)\s?(?:days?\s?|d)?\d)", RegexOptions.IgnoreCase)]
    private static partial Regex SingleDayRegex();
}
