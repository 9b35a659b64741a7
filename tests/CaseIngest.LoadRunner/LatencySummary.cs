namespace CaseIngest.LoadRunner;

/// <summary>Milliseconds: median, 95th and 99th percentile and maximum of one series.</summary>
internal sealed record LatencySummary(string Name, int Count, double P50, double P95, double P99, double Max)
{
    public override string ToString() =>
        FormattableString.Invariant($"{Name,-34} n={Count,6}  p50={P50,9:F1} ms  p95={P95,9:F1} ms  p99={P99,9:F1} ms  max={Max,9:F1} ms");
}
