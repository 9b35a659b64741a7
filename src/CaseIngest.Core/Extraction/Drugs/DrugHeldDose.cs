using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// A dose held or omitted ("his bedtime dose of levodopa was held", "two doses of enoxaparin were withheld") says
/// nothing new of the drug: the patient takes it, and only one dose was missed. The mention is no fact of its own, so it
/// neither makes the drug not-given nor adds an entry.
/// </summary>
internal static partial class DrugHeldDose
{
    private const int BeforeReach = 40;
    private const int AfterReach = 80;

    /// <summary>Removes from <paramref name="candidates"/> the drugs named only as the drug of a held dose.</summary>
    public static void Remove(string text, List<DrugCandidate> candidates) => candidates.RemoveAll(c => Is(text, c));

    private static bool Is(string text, DrugCandidate candidate)
    {
        var start = Math.Max(0, candidate.Start - BeforeReach);
        var before = text.AsSpan(start, candidate.Start - start);
        if (!before.Contains("dose", StringComparison.OrdinalIgnoreCase) || !DoseOfRegex().IsMatch(before))
        {
            return false;
        }

        var after = text.AsSpan(candidate.End, Math.Min(AfterReach, text.Length - candidate.End));
        return HeldRegex().IsMatch(after);
    }

    // "his bedtime dose of", "the morning dose of", "two doses of", "one dose of her"
    [GeneratedRegex(@"\bdoses?\s+of\s+(?:(?:his|her|the|their)\s+)?\z", RegexOptions.IgnoreCase)]
    private static partial Regex DoseOfRegex();

    // " was held", " were withheld", " (10 mg) was temporarily held", " was omitted", " had been skipped"
    [GeneratedRegex(@"\A\s*(?:\([^()]{0,40}\)\s*)?,?\s*(?:was|were|had\s+been|has\s+been|have\s+been|is|are)\s+(?:\w+\s+)?(?:held|withheld|omitted|skipped|missed|not\s+given|not\s+taken)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HeldRegex();
}
