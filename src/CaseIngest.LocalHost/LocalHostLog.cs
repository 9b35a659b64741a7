namespace CaseIngest.LocalHost;

/// <summary>The local host's own log messages: names, ids, ports and short reasons, never document text or keys.</summary>
internal static partial class LocalHostLog
{
    [LoggerMessage(101, LogLevel.Warning, "Storage does not answer ({Reason}) while {Operation} {BlobName}; the local host keeps trying and says so once storage answers again")]
    public static partial void StorageOutage(ILogger logger, string operation, string blobName, string reason);

    [LoggerMessage(102, LogLevel.Information, "Storage answers again after {Seconds:F1} s; {Failures} failed operation(s) will be tried again")]
    public static partial void StorageBack(ILogger logger, double seconds, int failures);

    [LoggerMessage(103, LogLevel.Information, "Azurite runs as process {ProcessId} on 127.0.0.1, ports {BlobPort} (blob), {QueuePort} (queue), {TablePort} (table)")]
    public static partial void AzuriteRunning(ILogger logger, int processId, int blobPort, int queuePort, int tablePort);

    [LoggerMessage(104, LogLevel.Warning, "Azurite (process {ProcessId}) exited with code {ExitCode}; restarting it on the same ports")]
    public static partial void AzuriteExited(ILogger logger, int processId, int exitCode);

    [LoggerMessage(105, LogLevel.Information, "Azurite restarted as process {ProcessId} after {Milliseconds} ms; checking every blob has its record")]
    public static partial void AzuriteRestarted(ILogger logger, int processId, long milliseconds);

    [LoggerMessage(106, LogLevel.Error, "Azurite could not be restarted ({Reason}); trying again every few seconds")]
    public static partial void AzuriteRestartFailed(ILogger logger, string reason);

    [LoggerMessage(107, LogLevel.Information, "Checked {Count} blob(s) against their records")]
    public static partial void Reconciled(ILogger logger, int count);

    [LoggerMessage(108, LogLevel.Information, "Deleted {Count} document(s) whose blob left the container while the local host was not watching")]
    public static partial void DeletedMissing(ILogger logger, int count);
    [LoggerMessage(109, LogLevel.Debug, "Listed blob {BlobName} (record {RecordId}): queued for ingest")]
    public static partial void Queued(ILogger logger, string blobName, string recordId);

    [LoggerMessage(110, LogLevel.Debug, "Listed the container: {Listed} blob(s), {Queued} queued, in {Milliseconds:F1} ms")]
    public static partial void Listed(ILogger logger, int listed, int queued, double milliseconds);
}
