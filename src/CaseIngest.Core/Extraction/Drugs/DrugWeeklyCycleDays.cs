using System.Text.RegularExpressions;
using CaseIngest.Core.Model;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// A dose given on days 1, 8 and 15 of a cycle ("on days 1, 8 and 15 of a 28-day cycle", "d1, 8, 15 q28d", "days 1, 8,
/// 15 and 22"): the doses come a week apart, so the drug is given weekly; the cycle length is not its frequency, since the
/// drug is given more than once a cycle.
/// </summary>
public static partial class DrugAttributeParser
{
    /// <summary>
    /// Every week when the text gives the dose on days 1, 8 and 15 of a cycle whose length it states; otherwise null. Days
    /// named without a cycle length ("on days 1, 8 and 15" of a single course) state no schedule to read.
    /// </summary>
    private static Frequency? WeeklyWithinCycle(string text) =>
        text.Contains("15", StringComparison.Ordinal) && WeeklyCycleDaysRegex().IsMatch(text)
            && FindScheduleFrequency(text) is { } cycle && LongerThanAWeek(cycle) ? new Frequency(1, "week") : null;

    private static bool LongerThanAWeek(Frequency f) => f.Unit switch
    {
        "day" => f.Every > 7,
        "week" => f.Every > 1,
        "month" => true,
        _ => false,
    };

    [GeneratedRegex(@"\b(?:days?|d)\s?1\s?,\s?(?:(?:day\s?|d)?8\s?,?\s?(?:and|&)\s?(?:day\s?|d)?15|(?:day\s?|d)?8\s?,\s?(?:day\s?|d)?15)\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex WeeklyCycleDaysRegex();
}
