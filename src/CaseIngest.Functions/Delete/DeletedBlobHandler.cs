using CaseIngest.Application;
using CaseIngest.Core;
using CaseIngest.Storage;
using Microsoft.Extensions.Logging;

namespace CaseIngest.Functions.Delete;

/// <summary>
/// One message of the blob-deleted queue: a BlobDeleted event of the ingest container deletes the blob's document
/// (record, facts, rejection, article membership), unless the blob exists again by the time the message is read.
/// Idempotent: a second delivery finds nothing stored. Events of other types or containers are ignored; a message
/// that is no event is logged (never its content) and dropped. Storage failures throw, so the host retries.
/// </summary>
internal sealed class DeletedBlobHandler(IngestService ingest, DocumentStore documents, ILogger<DeletedBlobHandler> logger)
{
    public async Task<DeleteOutcome> HandleAsync(string message, CancellationToken cancellationToken = default)
    {
        var blobEvent = BlobEvents.Read(message ?? "");
        if (blobEvent.Kind == BlobEventKind.Malformed)
        {
            DeleteLog.Malformed(logger);
            return DeleteOutcome.Malformed;
        }

        if (blobEvent.Kind != BlobEventKind.Deleted || !string.Equals(blobEvent.Container, documents.ContainerName, StringComparison.Ordinal))
        {
            DeleteLog.Ignored(logger);
            return DeleteOutcome.Ignored;
        }

        var name = blobEvent.Name;
        if (!BlobNames.IsValid(name))
        {
            return DeleteOutcome.NothingStored;
        }

        if (await documents.ExistsAsync(name, cancellationToken).ConfigureAwait(false))
        {
            DeleteLog.BlobExists(logger, RecordIds.FromName(name), BlobNames.ForDisplay(name));
            return DeleteOutcome.BlobExists;
        }

        return await ingest.DeleteAsync(name, cancellationToken).ConfigureAwait(false) ? DeleteOutcome.Deleted : DeleteOutcome.NothingStored;
    }
}
