using System.Text.RegularExpressions;
using CaseIngest.Core.Model;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// A drug taken every day, or more often, on a range of a cycle's days: "twice daily on days 1-14 every 3 weeks", "daily
/// on days 1 to 21 of 28-day cycles", "150 mg/m2/day for 5 days every 28 days", "twice daily for 2 weeks followed by 1 week
/// of rest, every 3 weeks". Its frequency is the daily schedule; the
/// cycle length is not a second frequency.
/// </summary>
public static partial class DrugAttributeParser
{
    /// <summary>The daily or shorter schedule of a dose given on a range of days, or null when the text names no such range or schedule.</summary>
    private static Frequency? DailyWithinCycle(string text)
    {
        if (!DayRangeRegex().IsMatch(text))
        {
            return null;
        }

        Frequency? earliest = null;
        var earliestAt = int.MaxValue;
        foreach (var regex in DailyScheduleRegexes)
        {
            for (var m = regex.Match(text); m.Success && m.Index < earliestAt; m = m.NextMatch())
            {
                if (FindScheduleFrequency(m.Value) is { } f && IsDailyOrShorter(f))
                {
                    earliest = f;
                    earliestAt = m.Index;
                    break;
                }
            }
        }

        return earliest;
    }

    /// <summary>
    /// The frequency of a dose written per day ("50 mg/day") when the text gives it on a range of a cycle's days, which a
    /// cycle length in the same words does not override; otherwise null.
    /// </summary>
    private static Frequency? PerDayWithinCycle(string text, Frequency? doseFrequency) =>
        doseFrequency is { } f && IsDailyOrShorter(f) && DayRangeRegex().IsMatch(text) ? f : null;

    private static bool IsDailyOrShorter(Frequency f) => f.Unit == "hour" || f.Unit == "day" && f.Every <= 1;

    private static readonly Regex[] DailyScheduleRegexes = [NamedFrequencyRegex(), TimesPerRegex(), EveryRegex(), QRegex(), CountWeeklyRegex()];

    /// <summary>
    /// "days 1-14", "on days 1 to 21", "d1-5", "days 1 through 5", "for 5 days", "for five consecutive days", and the weeks
    /// of a cycle before its rest: "for 2 weeks, followed by 1 week of rest", "for 4 weeks and then 2 weeks off".
    /// </summary>
    [GeneratedRegex(@"\b(?:days?|d)\s?\d{1,2}\s?(?:-|–|to|through|thru)\s?(?:days?\s?|d)?\d{1,2}\b|\bfor\s+(?:\d{1,2}|" + CountWord + @")\s+(?:consecutive\s+)?days\b|\bfor\s+(?:\d{1,2}|" + CountWord + @")\s+(?:consecutive\s+)?weeks?\b(?=[^.;]{0,40}?\b(?:rest|off|break|pause)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex DayRangeRegex();
}
