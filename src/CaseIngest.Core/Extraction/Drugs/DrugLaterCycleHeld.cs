using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// A later cycle of a drug held, delayed, postponed or deferred ("the second cycle of docetaxel was withheld until the
/// neutrophils recovered", "cycle 3 of gemcitabine was deferred", "the next course of paclitaxel was postponed") tells a
/// course already under way: the drug was given, and only that cycle waited. The first cycle put off, or the drug itself
/// held, tells no dose given and is left to its status.
/// </summary>
internal static partial class DrugLaterCycleHeld
{
    private const int BeforeReach = 50;
    private const int AfterReach = 70;

    /// <summary>Whether the drug named at <paramref name="start"/>..<paramref name="end"/> is the drug of a later cycle held.</summary>
    public static bool Is(string text, int start, int end)
    {
        var from = Math.Max(0, start - BeforeReach);
        var before = text.AsSpan(from, start - from);
        if ((!before.Contains("cycle", StringComparison.OrdinalIgnoreCase) && !before.Contains("course", StringComparison.OrdinalIgnoreCase))
            || !LaterCycleOfRegex().IsMatch(before))
        {
            return false;
        }

        return HeldAfterRegex().IsMatch(text.AsSpan(end, Math.Min(AfterReach, text.Length - end)));
    }

    // "the second cycle of ", "her next course of the ", "cycle 3 of ", "the 4th cycle of "
    [GeneratedRegex(@"(?:\b(?:" + NumberWords.SecondToTwelfth + @"|next|subsequent|following|[2-9](?:nd|rd|th)|1[0-9]th)\s+(?:cycle|course)|\b(?:cycle|course)\s+(?:[2-9]|1[0-9]))\s+of\s+(?:(?:the|her|his)\s+)?\z", RegexOptions.IgnoreCase)]
    private static partial Regex LaterCycleOfRegex();

    // " was withheld", " was delayed by a week", " (75 mg/m2) was postponed", " was not given"
    [GeneratedRegex(@"\A\s*(?:\([^()]{0,40}\)\s*)?,?\s*(?:was|were|had\s+been|has\s+been)\s+(?:(?!never\b)\w+\s+)?(?:held|withheld|delayed|postponed|deferred|put\s+off|not\s+given|not\s+administered)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HeldAfterRegex();
}
