namespace CaseIngest.LoadRunner;

/// <summary>
/// One concurrency level of the <c>concurrency</c> mode: the ingest path's rate and latency, CPU per document in this
/// process (extraction, clients) and in the storage emulator, the storage floor's rate at the same level, and the
/// machine's 1-minute load average when the level ended.
/// </summary>
internal sealed record ConcurrencyLevel(
    int Concurrency,
    int Documents,
    double DocumentsPerSecond,
    double P50Milliseconds,
    double P95Milliseconds,
    double AppCpuMillisecondsPerDocument,
    double StorageCpuMillisecondsPerDocument,
    double AppCores,
    double StorageCores,
    double FloorDocumentsPerSecond,
    double LoadAverage);
