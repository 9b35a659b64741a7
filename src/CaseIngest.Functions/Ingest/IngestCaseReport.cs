using Azure.Storage.Blobs;
using CaseIngest.Application;
using CaseIngest.Core;
using CaseIngest.Storage;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace CaseIngest.Functions.Ingest;

/// <summary>
/// The blob trigger (Event Grid source): a document dropped into the ingest container becomes a record or a
/// rejection. The blob's properties are read first, so a document over the size limit is rejected without a byte
/// downloaded, and a delivery of a blob already ingested at the same ETag reads nothing more (deliveries are
/// at least once). An unreadable document is a rejection and the invocation succeeds; a storage failure throws,
/// so the host tries again and, after its last try, moves the blob to the poison queue.
/// </summary>
internal sealed class IngestCaseReport(IngestService ingest, ILogger<IngestCaseReport> logger)
{
    public const string Name = "IngestCaseReport";

    [Function(Name)]
    public async Task RunAsync(
        [BlobTrigger(FunctionSettings.IngestBlobPath, Source = BlobTriggerSource.EventGrid, Connection = FunctionSettings.StorageConnection)] BlobClient blob,
        string name,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blob);
        ArgumentException.ThrowIfNullOrEmpty(name);

        // The name is the trigger's {name}, as stored: the client's own name is the one its URL normalised (dot segments
        // resolved), which would address another blob. A name the URL cannot carry is rejected unread by the core.
        StoredDocument? properties = null;
        if (BlobNames.IsValid(name))
        {
            properties = await DocumentStore.PropertiesAsync(blob, name, cancellationToken).ConfigureAwait(false);
            if (properties is null)
            {
                Log.BlobMissing(logger, RecordIds.FromName(name), BlobNames.ForDisplay(name));
                return;
            }
        }

        _ = await ingest.IngestBlobAsync(name, properties?.Length ?? 0, properties?.ETag, cancellationToken).ConfigureAwait(false);
    }
}
