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
