namespace CaseIngest.LoadRunner;

/// <summary>One ingest batch: per-document latencies (ms), upload start to last row, and documents that never arrived.</summary>
internal sealed record BatchResult(IReadOnlyList<double> Latencies, TimeSpan Elapsed, int Missing);
