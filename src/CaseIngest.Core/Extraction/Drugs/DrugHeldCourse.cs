using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// A drug held, withheld, paused or interrupted for a while ("pembrolizumab was held for two weeks", "temporarily withheld",
/// "held until the rash resolved") after the report showed it given was given: the pause is no second, not-given fact. A
/// hold with no end ("held indefinitely", "withheld because of pneumonitis") stops the drug and stays a not-given fact, and
/// a drug held that was never shown given keeps its not-given fact.
/// </summary>
internal static partial class DrugHeldCourse
{
    private const int BeforeReach = 40;
    private const int TemporaryReach = 100;

    /// <summary>Whether the mention at <paramref name="start"/>..<paramref name="end"/> names a drug whose course was held.</summary>
    public static bool Is(string text, int start, int end)
    {
        if (OnCycleDay(text, end))
        {
            return true;
        }

        var from = Math.Max(0, start - BeforeReach);
        var to = Math.Min(text.Length, end + DrugHeldWording.Reach);
        var window = text.AsSpan(from, to - from);
        if (!window.Contains("held", StringComparison.OrdinalIgnoreCase) && !window.Contains("hold", StringComparison.OrdinalIgnoreCase)
            && !window.Contains("paus", StringComparison.OrdinalIgnoreCase) && !window.Contains("interrupt", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (!HeldBeforeRegex().IsMatch(text.AsSpan(from, start - from)) && !DrugHeldWording.After(text, end))
        {
            return false;
        }

        var until = Math.Min(text.Length, end + TemporaryReach);
        var course = text.AsSpan(from, until - from);
        return TemporaryRegex().IsMatch(course) && !LastingRegex().IsMatch(course);
    }

    /// <summary>
    /// Whether the words after a drug's mention ending at <paramref name="end"/> tell a dose of it held on a day of a cycle
    /// ("was held on day 8 of cycle 3", "was omitted on C2D8", "was withheld for cycle 4"): a dose missed within a course
    /// that goes on.
    /// </summary>
    private static bool OnCycleDay(string text, int end)
    {
        var after = text.AsSpan(end, Math.Min(text.Length, end + DrugHeldWording.Reach) - end);
        return after.IndexOfAnyInRange('0', '9') >= 0
            && (after.Contains("cycle", StringComparison.OrdinalIgnoreCase) || after.Contains("course", StringComparison.OrdinalIgnoreCase) || after.Contains('D'))
            && HeldOnCycleDayRegex().IsMatch(after);
    }

    // " was held on day 8 of cycle 3", " was omitted on C2D8", " was withheld for cycle 4", " was not given on day 15 of course 2"
    [GeneratedRegex(@"\A\s*(?:\([^()]{0,40}\)\s*)?,?\s*(?:was|were|had\s+been|has\s+been)\s+(?:(?!not\b|never\b)\w+\s+)?(?:held|withheld|omitted|skipped|missed|delayed|postponed|not\s+given)\s+(?:on|at|for|in)\s+(?:day\s+\d{1,2}\s+of\s+(?:cycle|course)\s+\d{1,2}\b|(?-i:C\d{1,2}\s?D\d{1,2})\b|(?:cycle|course)\s+\d{1,2}\b(?![-–]|\s+(?:onwards?|and\s+beyond|to|through)\b))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeldOnCycleDayRegex();

    // "temporarily", "for two weeks", "for 10 days", "until the colitis resolved", "then resumed", "was restarted"
    [GeneratedRegex(@"\b(?:temporarily|briefly|transiently|until|resumed|restarted|re-started|reintroduced|re-introduced|reinitiated|re-initiated|for\s+(?:\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few)\s+(?:days?|weeks?|months?|cycles?|doses?))\b", RegexOptions.IgnoreCase)]
    private static partial Regex TemporaryRegex();

    // "held indefinitely", "permanently withheld", "and discontinued"
    [GeneratedRegex(@"\b(?:indefinitely|permanently|discontinu\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LastingRegex();

    // "we withheld ", "we temporarily held ", "she paused "
    [GeneratedRegex(@"\b(?:withheld|held|paused|interrupted|suspended)\s+(?:(?:the|her|his)\s+)?\z", RegexOptions.IgnoreCase)]
    private static partial Regex HeldBeforeRegex();
}
