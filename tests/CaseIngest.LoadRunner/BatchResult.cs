namespace CaseIngest.LoadRunner;

/// <summary>
/// One ingest batch: per-document latencies (ms), when the first upload started, upload start to last row, documents that never arrived, and per
/// record id the end of its upload and its row's server timestamp.
/// </summary>
internal sealed record BatchResult(
    IReadOnlyList<double> Latencies,
    DateTimeOffset Started,
    TimeSpan Elapsed,
    int Missing,
    IReadOnlyDictionary<string, DateTimeOffset> Uploaded,
    IReadOnlyDictionary<string, DateTimeOffset> Stored);
