using Microsoft.Extensions.Logging;

namespace CaseIngest.Functions.Delete;

/// <summary>Log messages of the delete path: record ids and blob names for display, never a message's content or a URL.</summary>
internal static partial class DeleteLog
{
    [LoggerMessage(40, LogLevel.Warning, "A blob-deleted message is not a storage event and was removed")]
    public static partial void Malformed(ILogger logger);

    [LoggerMessage(41, LogLevel.Information, "The blob {BlobName} (record {RecordId}) exists again; its record is kept")]
    public static partial void BlobExists(ILogger logger, string recordId, string blobName);

    [LoggerMessage(42, LogLevel.Debug, "A blob event of another type or container was ignored")]
    public static partial void Ignored(ILogger logger);
}
