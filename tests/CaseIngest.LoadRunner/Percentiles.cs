namespace CaseIngest.LoadRunner;

/// <summary>Percentiles of a sample by linear interpolation between the closest ranks.</summary>
internal static class Percentiles
{
    public static double Of(IReadOnlyList<double> sorted, double percentile)
    {
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        var rank = percentile / 100 * (sorted.Count - 1);
        var low = (int)Math.Floor(rank);
        var high = (int)Math.Ceiling(rank);
        return sorted[low] + ((sorted[high] - sorted[low]) * (rank - low));
    }

    public static LatencySummary Summarize(string name, IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return new LatencySummary(
            name,
            sorted.Count,
            Math.Round(Of(sorted, 50), 1),
            Math.Round(Of(sorted, 95), 1),
            Math.Round(Of(sorted, 99), 1),
            sorted.Count == 0 ? double.NaN : Math.Round(sorted[^1], 1));
    }
}
