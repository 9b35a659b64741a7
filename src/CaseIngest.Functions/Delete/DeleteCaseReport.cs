using Microsoft.Azure.Functions.Worker;

namespace CaseIngest.Functions.Delete;

/// <summary>
/// The delete path in Azure: an Event Grid subscription sends the ingest container's BlobDeleted events to the
/// blob-deleted queue, and each message deletes the blob's document (see <see cref="DeletedBlobHandler"/>). A
/// message that is no event succeeds and is dropped; a storage failure throws, so the host retries the message and
/// moves it to the poison queue after its last try.
/// </summary>
internal sealed class DeleteCaseReport(DeletedBlobHandler handler)
{
    public const string Name = "DeleteCaseReport";

    [Function(Name)]
    public async Task RunAsync(
        [QueueTrigger(FunctionSettings.BlobDeletedQueue, Connection = FunctionSettings.StorageConnection)] string message,
        CancellationToken cancellationToken)
    {
        _ = await handler.HandleAsync(message, cancellationToken).ConfigureAwait(false);
    }
}
