using System.Text.RegularExpressions;
using CaseIngest.Core.Model;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// How often a drug is given: "every 3 weeks", "q3w", "/3 weeks", "21-day cycles", "3 times daily", "twice weekly",
/// "BID", "b.i.d", "weeks 1, 4 and 7", "daily" before the drug.
/// </summary>
public static partial class DrugAttributeParser
{
    public static Frequency? FindFrequency(string text) => DailyWithinCycle(text) ?? WeeklyWithinCycle(text) ?? FindScheduleFrequency(text);

    private static Frequency? FindScheduleFrequency(string text)
    {
        if (EveryCues.ContainsAny(text) && EveryRegex().Match(text) is { Success: true } every)
        {
            var n = every.Groups["n"].Value;
            double count = n.Length == 0 ? 1 : n.Equals("other", StringComparison.OrdinalIgnoreCase) ? 2 : ParseCount(n) ?? 0;
            if (count > 0)
            {
                return new Frequency(count, CanonicalTimeUnit(every.Groups["unit"].Value));
            }
        }

        if (CycleLengthCues.ContainsAny(text) && CycleLengthRegex().Match(text) is { Success: true } length && ParseCount(length.Groups["n"].Value) is > 0 and var days)
        {
            return new Frequency(days, CanonicalTimeUnit(length.Groups["unit"].Value));
        }

        if (CountWeeklyCues.ContainsAny(text) && CountWeeklyRegex().Match(text) is { Success: true } weekly && ParseCount(weekly.Groups["n"].Value) is > 0 and var weeks)
        {
            return new Frequency(weeks, CanonicalTimeUnit(weekly.Groups["unit"].Value));
        }

        if (QCues.ContainsAny(text) && QRegex().Match(text) is { Success: true } q && TryNumber(q.Groups["n"].Value, out var qn) && qn > 0)
        {
            return new Frequency(qn, CanonicalTimeUnit(q.Groups["unit"].Value));
        }

        if (PerIntervalCues.ContainsAny(text) && PerIntervalRegex().Match(text) is { Success: true } per && ParseCount(per.Groups["n"].Value) is > 0 and var interval)
        {
            return new Frequency(interval, CanonicalTimeUnit(per.Groups["unit"].Value));
        }

        if (TimesPerCues.ContainsAny(text) && TimesPerRegex().Match(text) is { Success: true } times && TimesPer(times) is { } perDayOrWeek)
        {
            return perDayOrWeek;
        }

        if (ListedWeeksCues.ContainsAny(text) && ListedWeeksRegex().Match(text) is { Success: true } listed && EvenStep(listed) is { } step)
        {
            return step;
        }

        if (MorningAndEveningRegex().IsMatch(text))
        {
            return new Frequency(0.5, "day");
        }

        if (NamedFrequencyRegex().Match(text) is { Success: true } named)
        {
            var word = named.Value.ToLowerInvariant().Replace(".", string.Empty, StringComparison.Ordinal);
            return word switch
            {
                _ when word is "bid" or "bd" => new Frequency(0.5, "day"),
                _ when word is "tid" or "tds" => new Frequency(0.33, "day"),
                _ when word is "qod" || word.Contains("alternate", StringComparison.Ordinal) => new Frequency(2, "day"),
                _ when word is "qid" or "qds" => new Frequency(0.25, "day"),
                _ when word is "biweekly" or "bi-weekly" || word.Contains("fortnight", StringComparison.Ordinal) => new Frequency(2, "week"),
                _ when word is "triweekly" or "tri-weekly" or "three-weekly" or "3-weekly" => new Frequency(3, "week"),
                _ when word.Contains("week", StringComparison.Ordinal) || word is "qw" => new Frequency(1, "week"),
                _ when word.Contains("month", StringComparison.Ordinal) => new Frequency(1, "month"),
                _ when word is "hourly" => new Frequency(1, "hour"),
                _ => new Frequency(1, "day"),
            };
        }

        return null;
    }

    /// <summary>
    /// "3 times daily" is every 0.33 day, "3 times a week" every 2.33 days, "twice weekly" every 3.5 days: the interval
    /// between administrations, rounded to two decimals.
    /// </summary>
    private static Frequency? TimesPer(Match m)
    {
        var word = m.Groups["n"].Value.ToLowerInvariant();
        var n = word switch
        {
            "twice" => 2,
            "thrice" => 3,
            _ => ParseCount(word) ?? 0,
        };
        if (n <= 0)
        {
            return null;
        }

        return m.Groups["unit"].Value.StartsWith("week", StringComparison.OrdinalIgnoreCase)
            ? n == 1 ? new Frequency(1, "week") : new Frequency(Math.Round(7.0 / n, 2), "day")
            : new Frequency(Math.Round(1.0 / n, 2), "day");
    }

    /// <summary>
    /// "day 1 of weeks 1, 4 and 7" is every 3 weeks and "on days 1, 22 and 43" every 21 days: the step between listed
    /// weeks or days when every step is the same. Days closer than two weeks apart ("days 1, 8 and 15") are doses inside
    /// one cycle, not its interval.
    /// </summary>
    private static Frequency? EvenStep(Match m)
    {
        var numbers = m.Groups["n"].Captures.Select(c => ParseCount(c.Value) ?? -1).ToList();
        if (numbers.Count < 2 || numbers.Any(n => n < 0))
        {
            return null;
        }

        var step = numbers[1] - numbers[0];
        for (var k = 2; k < numbers.Count; k++)
        {
            if (numbers[k] - numbers[k - 1] != step)
            {
                return null;
            }
        }

        var weeks = m.Groups["unit"].Value.StartsWith('w') || m.Groups["unit"].Value.StartsWith('W');
        return weeks ? step > 0 ? new Frequency(step, "week") : null
            : step >= 14 && numbers.Count >= 3 ? new Frequency(step, "day") : null;
    }

    private static string CanonicalTimeUnit(string raw)
    {
        var u = raw.ToLowerInvariant();
        return u switch
        {
            _ when u.StartsWith('h') => "hour",
            _ when u.StartsWith('d') => "day",
            _ when u.StartsWith('w') => "week",
            _ when u.StartsWith('m') => "month",
            _ => "day",
        };
    }

    /// <summary>
    /// "every 3 weeks", "every other day", "every 4th week", "at intervals of 2 weeks", "at 3-week intervals", "per 6 hours"; not the
    /// "every week" of "three times every week".
    /// </summary>
    [GeneratedRegex(@"\b(?:(?<!\btimes\s)every\s+(?:(?<n>second|third|fourth|fifth|sixth|eighth|twelfth)|(?<n>\d{1,2})(?:nd|rd|th)|(?<n>other|\d+(?:\.\d+)?|" + CountWord + @"))?|intervals?\s+of\s+(?<n>\d+(?:\.\d+)?|" + CountWord + @")|once\s+in\s+(?:every\s+)?(?<n>\d+(?:\.\d+)?|" + CountWord + @")|(?<!\b(?:taper\w*|reduc\w*|decreas\w*|increas\w*|wean\w*|lower\w*)\b[^.;,]{0,25})per\s+(?<n>[2-9]|1\d|2[0-4]|" + CountWord + @"))\s*(?<unit>hours?|hrs?|h|days?|d|weeks?|wks?|months?)\b|\bat\s+(?<n>\d{1,2}|" + CountWord + @")[\s-](?<unit>days?|weeks?|months?)\s+intervals?\b", RegexOptions.IgnoreCase)]
    private static partial Regex EveryRegex();

    /// <summary>"3 times daily", "five times a day", "twice weekly", "2 times per week", "3x/day".</summary>
    [GeneratedRegex(@"\b(?:(?<n>twice|thrice)|(?<n>[1-9]|two|three|four|five|six)[\s-]*(?:times|x))[\s-]*(?:a\s+|per\s+|each\s+|every\s+|/\s*)?(?<unit>daily|day|weekly|week)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TimesPerRegex();

    [GeneratedRegex(@"\b(?<n>\d{1,2}|" + CountWord + @")[\s-](?<unit>days?|weeks?|months?)(?:ly)?\s+(?:as\s+(?:a|one)\s+|per\s+|each\s+)?(?:treatment\s+)?(?:cycles?|intervals?|schedules?)\b|\bin\s+(?:\w+\s+)?cycles\s+of\s+(?<n>\d{1,2}|" + CountWord + @")\s+(?<unit>days|weeks)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CycleLengthRegex();

    /// <summary>
    /// "4-weekly", "six-weekly", "3-monthly", "three-monthly", "8-hourly", "12 hourly": every N hours, weeks or months; but
    /// "12 weekly doses" counts weekly doses and is no interval.
    /// </summary>
    [GeneratedRegex(@"\b(?:(?<n>[2-9]|1[0-2]|24|two|four|five|six|eight|twelve)(?:-|\s(?!(?:week|month)ly\s+(?:doses|infusions|administrations|injections|pulses|boluses|treatments|sessions)\b))|(?<n>three)-)(?<unit>hour|week|month)ly\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountWeeklyRegex();

    /// <summary>"200 mg/3 weeks", "240 mg/2 w", "1000 mg/m2/21 days": a dose per interval of several weeks or days.</summary>
    [GeneratedRegex(@"(?<=\d\s?(?:mg|g|µg|μg|mcg|IU|U|units)(?:\s?/\s?(?:m2|m²|kg))?)\s?/\s?(?<n>[2-9]|[1-4]\d)\s?(?<unit>weeks?|wks?|w|days?|d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PerIntervalRegex();

    /// <summary>"weeks 1, 4 and 7", "week one, four, and seven", "days 1, 22, and 43".</summary>
    [GeneratedRegex(@"\b(?<unit>weeks?|days?)\s+(?<n>\d{1,2}|" + ListedNumber + @")(?:\s*,\s*(?:and\s+)?(?<n>\d{1,2}|" + ListedNumber + @")|\s+and\s+(?<n>\d{1,2}|" + ListedNumber + @"))+\b(?!\s*[-–]|\s+(?:and\s+)?\d)", RegexOptions.IgnoreCase)]
    private static partial Regex ListedWeeksRegex();

    private const string ListedNumber = NumberWords.OneToTwelve + "|thirteen";

    /// <summary>"q3w", "q 8 h", "q21 days", "q.3.w.", "q.12h": every N hours, days, weeks or months.</summary>
    [GeneratedRegex(@"\b[qQ]\.?\s?(?<n>\d+)\.?\s?(?<unit>hours?|hrs?|h|days?|d|weeks?|wks?|w|months?|mo)\b", RegexOptions.IgnoreCase)]
    private static partial Regex QRegex();

    // "daily", "once weekly", "monthly" name the schedule of the drug, not when the word counts other care ("monthly skin
    // exams", "weekly blood tests", "monthly follow-up visits")
    [GeneratedRegex(@"(?i:\b(?:b\.i\.d\b\.?|t\.i\.d\b\.?|q\.i\.d\b\.?|b\.d\.|t\.d\.s\b\.?|q\.d\.s\b\.?|q\.o\.d\b\.?|q\.d\b\.?|o\.d\.|q\.h\.s\b\.?|q\.w\b\.?|qhs)|\b(?:every|each|once\s+a)\s+fortnight\b|\b(?:on\s+)?alternate[\s-]days?\b|\b(?:every|each)\s+(?:night|morning|evening)\b|\beach\s+(?:day|week|month)\b|\b(?:once\s+)?(?:daily|weekly|monthly|nightly)\b(?!\s+(?:[a-z]+\s+)?(?:exams?|examinations?|visits?|follow[\s-]?ups?|check[\s-]?ups?|checks|monitoring|surveillance|reviews?|appointments?|scans?|imaging|blood\s+tests?|laboratory\s+tests?)\b)|\bonce\s+(?:a|per)\s+(?:day|week|month)\b|\bbi-?weekly\b|\bfortnightly\b|\b(?:tri-?weekly|three-weekly|3-weekly)\b|\bhourly\b|\bper day\b|\bper\s+(?:week|month)\b(?<!\b(?:taper\w*|reduc\w*|decreas\w*|increas\w*|wean\w*|lower\w*)\b[^.;,]{0,25}\bper\s+(?:week|month))|\bat bedtime\b|\bat\s+night\b)|\b(?:BID|bid|TID|tid|QID|qid|BD|TDS|QDS|QD|qd|QOD|qod)\b")]
    private static partial Regex NamedFrequencyRegex();

    /// <summary>
    /// A dose in the morning and another in the evening is twice a day, whatever count per day precedes it: "one in the
    /// morning and one in the evening", "one tablet in the morning and one at night", "every morning and evening".
    /// </summary>
    [GeneratedRegex(@"\b(?:(?:one|1|a)\s+(?:\w+\s+)?)?(?:in\s+the\s+|every\s+|each\s+)morning\s+and\s+(?:(?:one|1|another)\s+(?:\w+\s+)?)?(?:in\s+the\s+|at\s+|every\s+|each\s+)?(?:evening|night|bedtime)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MorningAndEveningRegex();

    /// <summary>
    /// A schedule right before the drug, or before the route word that precedes it: "weekly paclitaxel", "twice-daily",
    /// "3-weekly docetaxel", "fortnightly bevacizumab", "monthly intramuscular fulvestrant"; or the schedule of counted
    /// doses ("12 weekly doses of paclitaxel", where 12 is the count, not the interval).
    /// </summary>
    [GeneratedRegex(@"(?:\b(?:(?:(?:once|twice|thrice|[2-9]|1[0-2]|two|three|four|six|eight|twelve)[\s-])?(?:daily|weekly|monthly|hourly)|bi-?weekly|tri-?weekly|fortnightly)|(?<![\w-])(?:daily|weekly|monthly|bi-?weekly|fortnightly|tri-?weekly|three-weekly|3-weekly)\s+(?:doses|infusions|administrations|injections|pulses)\s+of)\s*(?:(?:intravenous|oral|subcutaneous|intramuscular|intravitreal|intrathecal|IV|SC|IM)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex FrequencyBeforeRegex();
}
