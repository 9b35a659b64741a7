using CaseIngest.Application;
using CaseIngest.Core;
using CaseIngest.Storage;

namespace CaseIngest.LocalHost;

/// <summary>
/// Deletes the documents whose blob left the container while nobody watched (the local host was stopped), so the
/// store mirrors the container after any downtime. It runs after a complete listing and touches only documents
/// stored from this container's blobs (their rows name the container); each one missing from the listing is
/// deleted only when a direct read confirms its blob is gone, so a blob uploaded after the listing keeps its document.
/// </summary>
internal sealed class MissingBlobSweep(DocumentStore documents, CaseStore store, IngestService ingest, ILogger<MissingBlobSweep> logger)
{
    /// <summary>Deletes the documents of this container whose names <paramref name="listed"/> (a complete listing) lacks; returns how many.</summary>
    public Task<int> DeleteMissingAsync(IReadOnlySet<string> listed, CancellationToken cancellationToken = default) =>
        DeleteMissingAsync(listed, static _ => false, cancellationToken);

    /// <summary>
    /// As <see cref="DeleteMissingAsync(IReadOnlySet{string}, CancellationToken)"/>, leaving alone the names
    /// <paramref name="seenSince"/> holds (blobs found again after the listing).
    /// </summary>
    public async Task<int> DeleteMissingAsync(IReadOnlySet<string> listed, Func<string, bool> seenSince, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(seenSince);
        ArgumentNullException.ThrowIfNull(listed);
        var missing = new List<string>();
        await foreach (var source in store.ListSourcesAsync(documents.ContainerName, cancellationToken).ConfigureAwait(false))
        {
            // A row whose name does not map to its id (a name stored for display only) is not a blob's document.
            if (!listed.Contains(source.Name) && BlobNames.IsValid(source.Name) && RecordIds.FromName(source.Name) == source.Id)
            {
                missing.Add(source.Name);
            }
        }

        var deleted = 0;
        foreach (var name in missing)
        {
            if (!seenSince(name)
                && !await documents.ExistsAsync(name, cancellationToken).ConfigureAwait(false)
                && !seenSince(name)
                && await ingest.DeleteAsync(name, cancellationToken).ConfigureAwait(false))
            {
                deleted++;
            }
        }

        if (deleted > 0)
        {
            LocalHostLog.DeletedMissing(logger, deleted);
        }

        return deleted;
    }
}
