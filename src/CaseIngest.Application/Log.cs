using Microsoft.Extensions.Logging;

namespace CaseIngest.Application;

/// <summary>The app's log messages. They carry record ids, blob names (for display) and codes, never document text, keys or connection strings.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Ingested record {RecordId} from blob {BlobName}: {Status}, {FactCount} facts")]
    public static partial void Ingested(ILogger logger, string recordId, string blobName, IngestStatus status, int factCount);

    [LoggerMessage(2, LogLevel.Warning, "Rejected document {BlobName} (record {RecordId}): {ErrorCode}")]
    public static partial void Rejected(ILogger logger, string recordId, string blobName, string? errorCode);

    [LoggerMessage(4, LogLevel.Error, "Watching the {Source} failed; trying again")]
    public static partial void WatchFailed(ILogger logger, string source, Exception exception);

    [LoggerMessage(5, LogLevel.Information, "Uploaded {Count} file(s) from the drop folder")]
    public static partial void Uploaded(ILogger logger, int count);

    [LoggerMessage(6, LogLevel.Information, "Storage ready: container and tables exist")]
    public static partial void StorageReady(ILogger logger);

    [LoggerMessage(7, LogLevel.Information, "Watching the container and the drop folder {DropDirectory}")]
    public static partial void Watching(ILogger logger, string dropDirectory);

    [LoggerMessage(8, LogLevel.Warning, "The blob {BlobName} (record {RecordId}) no longer exists")]
    public static partial void BlobMissing(ILogger logger, string recordId, string blobName);

    [LoggerMessage(9, LogLevel.Error, "Storage does not answer; check CaseIngest:StorageConnectionString")]
    public static partial void StorageUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(10, LogLevel.Warning, "A reprocess message could not be read and was removed")]
    public static partial void BadReprocessMessage(ILogger logger);

    [LoggerMessage(11, LogLevel.Error, "Reprocessing record {RecordId} failed {Attempts} times; the message was removed")]
    public static partial void ReprocessGaveUp(ILogger logger, string recordId, long attempts);

    [LoggerMessage(12, LogLevel.Information, "Deleted record {RecordId}: its blob was removed")]
    public static partial void Deleted(ILogger logger, string recordId);

    [LoggerMessage(13, LogLevel.Debug, "Extracted record {RecordId} in {Milliseconds:F1} ms")]
    public static partial void Extracted(ILogger logger, string recordId, double milliseconds);

    [LoggerMessage(14, LogLevel.Warning, "Grouping record {RecordId} with the other sources of its article failed ({Failures} of {MaxAttempts} tries); it will be saved again")]
    public static partial void GroupingFailed(ILogger logger, string recordId, int failures, int maxAttempts, Exception exception);

    [LoggerMessage(15, LogLevel.Warning, "Grouping record {RecordId} with the other sources of its article failed ({Failures} of {MaxAttempts} tries): storage did not answer ({Reason}); it will be saved again")]
    public static partial void GroupingUnanswered(ILogger logger, string recordId, int failures, int maxAttempts, string reason);
}
