using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Outcomes;

/// <summary>
/// New lesions told only as suggestive of, suspicious for or concerning for a disease ("over 100 new lesions suggestive of
/// malignancy", "new nodules suspicious for metastases") are a suspicion still to be proven, not progression.
/// </summary>
internal static partial class SuggestedLesions
{
    private const int Reach = 60;

    /// <summary>Whether the words right after the lesions at <paramref name="end"/> only suggest what they are.</summary>
    public static bool Only(string text, int end)
    {
        var window = text.AsSpan(end, Math.Min(Reach, text.Length - end));
        var stop = window.IndexOfAny('.', ';');
        if (stop >= 0)
        {
            window = window[..stop];
        }

        // the cue words first, so the pattern runs only on the few windows that hold one
        return (window.Contains("suggestive", StringComparison.OrdinalIgnoreCase) || window.Contains("suspicious", StringComparison.OrdinalIgnoreCase)
                || window.Contains("concerning", StringComparison.OrdinalIgnoreCase) || window.Contains("worrisome", StringComparison.OrdinalIgnoreCase))
            && SuggestedRegex().IsMatch(window);
    }

    // " suggestive of", " on his torso and extremities suspicious for", " (arrow) concerning for": at most five words between
    [GeneratedRegex(@"^(?:\s*\([^)]{0,20}\))?(?:\s+[\w-]+){0,5}?,?\s+(?:(?:highly|very|most)\s+)?(?:suggestive\s+of|suspicious\s+(?:for|of)|concerning\s+for|worrisome\s+for)\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex SuggestedRegex();
}
