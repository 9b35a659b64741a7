namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// Whether a mention names a maintenance course ("rituximab maintenance", "maintenance with pemetrexed", "maintenance
/// therapy with capecitabine"): the same drug given before at another frequency (in the induction regimen) is another
/// course, so each keeps its own schedule.
/// </summary>
internal static class DrugMaintenance
{
    /// <summary>How far before the mention "maintenance (therapy) with" may begin.</summary>
    private const int BeforeReach = 28;

    /// <summary>How far after the mention "maintenance" may begin.</summary>
    private const int AfterReach = 3;

    public static bool Names(string text, int start, int end)
    {
        var from = Math.Max(0, start - BeforeReach);
        var before = text.AsSpan(from, start - from);
        if (before.LastIndexOfAny('.', ';') is >= 0 and var stop)
        {
            before = before[(stop + 1)..];
        }

        if (before.Contains("maintenance", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var after = text.AsSpan(end, Math.Min(text.Length - end, AfterReach + "maintenance".Length));
        return after.TrimStart().StartsWith("maintenance", StringComparison.OrdinalIgnoreCase);
    }
}
