using Azure.Storage.Blobs;
using CaseIngest.Application;
using Microsoft.Azure.Functions.Worker;

namespace CaseIngest.WorkerHost.Fixture;

/// <summary>
/// The blob trigger: Event Grid source, bound to a <see cref="BlobClient"/> so the size limit is checked from the
/// blob's properties before a byte is read. A storage failure throws, so the host retries the invocation.
/// </summary>
internal sealed class IngestFunction(IngestService ingest)
{
    [Function("IngestCaseReport")]
    public async Task RunAsync(
        [BlobTrigger("%CaseIngest:ContainerName%/{name}", Source = BlobTriggerSource.EventGrid)] BlobClient blob,
        string name,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blob);
        var properties = await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        await ingest.IngestBlobAsync(name, properties.Value.ContentLength, properties.Value.ETag.ToString(), cancellationToken).ConfigureAwait(false);
    }
}
