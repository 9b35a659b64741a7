using CaseIngest.Core;
using CaseIngest.Core.Model;
using CaseIngest.Storage;

namespace CaseIngest.Application;

/// <summary>
/// Ingest by name and ETag (a watcher's listing, a trigger's properties): the stored state decides whether the blob
/// is read at all. When the caller already knows the blob is new or changed, the blob read starts together with the
/// state read, so the document reaches extraction one round trip sooner.
/// </summary>
public sealed partial class IngestService
{
    /// <summary>Whether what is stored for <paramref name="name"/> was made from the blob at <paramref name="blobETag"/>.</summary>
    public async Task<bool> IsCurrentAsync(string name, string blobETag, CancellationToken cancellationToken = default)
    {
        var state = await _store.GetStateAsync(RecordIds.FromName(name), cancellationToken).ConfigureAwait(false);
        return state is not null && state.BlobETag == blobETag && state.ExtractorVersion == CaseEngine.ExtractorVersion;
    }

    /// <summary>
    /// Ingests the blob unless what is stored was made from it (same ETag, same extractor version). One state read
    /// decides; the blob is read and extracted only when needed, and the state is not read a second time.
    /// Null when the stored record is current or the blob no longer exists.
    /// </summary>
    public Task<IngestOutcome?> IngestIfChangedAsync(string name, string blobETag, CancellationToken cancellationToken = default) =>
        IngestIfChangedAsync(name, blobETag, later: null, readAhead: false, cancellationToken);

    /// <summary>
    /// As <see cref="IngestIfChangedAsync(string, string, CancellationToken)"/>, but returns once the record is
    /// readable: the grouping check after its case row (is another document of the same article stored?) runs in
    /// <paramref name="later"/> while the caller takes its next document. A check that fails counts as a failed
    /// ingest: the record is marked to be saved again (the next state read does not find it current) and
    /// <see cref="GroupingRuns.Failed"/> names the document; after <see cref="MaxAttempts"/> failures the document is
    /// set aside as <c>ingest-failed</c>, as any other ingest failure is.
    /// </summary>
    public Task<IngestOutcome?> IngestIfChangedAsync(string name, string blobETag, GroupingRuns? later, CancellationToken cancellationToken = default) =>
        IngestIfChangedAsync(name, blobETag, later, readAhead: false, cancellationToken);

    /// <summary>
    /// As <see cref="IngestIfChangedAsync(string, string, GroupingRuns, CancellationToken)"/>. With
    /// <paramref name="readAhead"/> (the caller saw the blob appear or its ETag change, so it most likely needs
    /// extracting) the blob read is sent together with the state read instead of after it; when the state shows the
    /// record current after all, the read is cancelled and its bytes dropped. Without it the state read comes first,
    /// so a blob whose record is current (a reconcile checks every blob) is never downloaded.
    /// </summary>
    public async Task<IngestOutcome?> IngestIfChangedAsync(string name, string blobETag, GroupingRuns? later, bool readAhead, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);

        // A name the blob URL cannot carry (dot segments, a trailing dot or slash) is refused before any download:
        // the request would name another blob, or none.
        var valid = BlobNames.IsValid(name);
        using var ahead = readAhead && valid ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken) : null;
        var download = ahead is null ? null : _documents.DownloadAsync(name, _engine.Options.MaxDocumentBytes, ahead.Token);
        StoredState? state;
        try
        {
            state = await _store.GetStateAsync(RecordIds.FromName(name), cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await DropAsync(download, ahead).ConfigureAwait(false);
            throw;
        }

        if (state is not null && state.BlobETag == blobETag && state.ExtractorVersion == CaseEngine.ExtractorVersion && !state.Ungrouped)
        {
            await DropAsync(download, ahead).ConfigureAwait(false);
            return null;
        }

        if (!valid)
        {
            return Logged(name, await RejectAsync(name, ErrorCodes.InvalidName, "The document name cannot be stored safely.", "", blobETag, cancellationToken).ConfigureAwait(false));
        }

        var content = await (download ?? _documents.DownloadAsync(name, _engine.Options.MaxDocumentBytes, cancellationToken)).ConfigureAwait(false);
        if (content is null)
        {
            return null;
        }

        return Logged(name, content.TooLarge
            ? await RejectTooLargeAsync(name, content, cancellationToken).ConfigureAwait(false)
            : await IngestAsync(name, content.Bytes, content.ETag, force: false, stateRead: true, known: state, later, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// Cancels a blob read that is no longer needed and waits for it to end, so its buffer and connection are released
    /// before the caller moves on; whatever the read ends with (its bytes, a cancellation, a storage error) is dropped.
    /// </summary>
    private static async Task DropAsync(Task<DocumentContent?>? download, CancellationTokenSource? ahead)
    {
        if (download is null)
        {
            return;
        }

        await ahead!.CancelAsync().ConfigureAwait(false);
        try
        {
            _ = await download.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or Azure.RequestFailedException or IOException or HttpRequestException or AggregateException)
        {
            // The read was not needed: how it ended does not matter.
        }
    }
}
