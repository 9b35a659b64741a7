using CaseIngest.Core;

namespace CaseIngest.Storage;

/// <summary>
/// One document in, one record (or rejection) stored. Idempotent: the same bytes under the same name, extracted by
/// the same extractor version, are not written again; anything else replaces what was stored for that name.
/// Unreadable documents are a result (<see cref="IngestStatus.Rejected"/>); storage failures are exceptions.
/// </summary>
public sealed class IngestService
{
    private readonly CaseEngine _engine;
    private readonly CaseStore _store;
    private readonly DocumentStore _documents;

    public IngestService(CaseEngine engine, CaseStore store, DocumentStore documents)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(documents);
        _engine = engine;
        _store = store;
        _documents = documents;
    }

    /// <summary>Whether what is stored for <paramref name="name"/> was made from the blob at <paramref name="blobETag"/>.</summary>
    public async Task<bool> IsCurrentAsync(string name, string blobETag, CancellationToken cancellationToken = default)
    {
        var state = await _store.GetStateAsync(RecordIds.FromName(name), cancellationToken).ConfigureAwait(false);
        return state is not null && state.BlobETag == blobETag && state.ExtractorVersion == CaseEngine.ExtractorVersion;
    }

    public Task<IngestOutcome> IngestAsync(string name, ReadOnlyMemory<byte> bytes, string? blobETag, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return IngestAsync(name, bytes, blobETag, force, stateRead: false, known: null, cancellationToken);
    }

    /// <summary>
    /// Ingests the blob unless what is stored was made from it (same ETag, same extractor version). One state read
    /// decides; the blob is read and extracted only when needed, and the state is not read a second time.
    /// Null when the stored record is current or the blob no longer exists.
    /// </summary>
    public async Task<IngestOutcome?> IngestIfChangedAsync(string name, string blobETag, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var state = await _store.GetStateAsync(RecordIds.FromName(name), cancellationToken).ConfigureAwait(false);
        if (state is not null && state.BlobETag == blobETag && state.ExtractorVersion == CaseEngine.ExtractorVersion)
        {
            return null;
        }

        var content = await _documents.DownloadAsync(name, cancellationToken).ConfigureAwait(false);
        return content is null
            ? null
            : await IngestAsync(name, content.Bytes, content.ETag, force: false, stateRead: true, known: state, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IngestOutcome> IngestAsync(string name, ReadOnlyMemory<byte> bytes, string? blobETag, bool force, bool stateRead, StoredState? known, CancellationToken cancellationToken)
    {
        var id = RecordIds.FromName(name);
        var sha256 = RecordIds.Sha256Hex(bytes.Span);
        var state = known;
        if (!force)
        {
            if (!stateRead)
            {
                state = await _store.GetStateAsync(id, cancellationToken).ConfigureAwait(false);
                stateRead = true;
            }

            if (state is not null && state.Sha256 == sha256 && state.ExtractorVersion == CaseEngine.ExtractorVersion)
            {
                if (blobETag is not null && state.BlobETag != blobETag)
                {
                    await _store.UpdateBlobETagAsync(id, state.Rejected, blobETag, cancellationToken).ConfigureAwait(false);
                }

                return new IngestOutcome(id, state.Rejected ? IngestStatus.Rejected : IngestStatus.Unchanged);
            }
        }

        var result = _engine.Process(name, bytes.Span);
        if (!result.Succeeded)
        {
            await _store.SaveRejectionAsync(result.Rejection!, sha256, blobETag, cancellationToken).ConfigureAwait(false);
            return new IngestOutcome(id, IngestStatus.Rejected, result.Rejection!.Error.Code);
        }

        var record = result.Record!;

        // Nothing stored under this id when the state was read: no earlier rows to compare with or to clean up.
        var saved = await _store.SaveAsync(record, blobETag, knownNew: stateRead && state is null, cancellationToken).ConfigureAwait(false);
        var status = saved.Created ? IngestStatus.Created : saved.Changed ? IngestStatus.Updated : IngestStatus.Rewritten;
        var facts = record.Diagnoses.Count + record.Drugs.Count + record.Radiotherapy.Count + record.Markers.Count + record.Outcomes.Count + record.AdverseEvents.Count;
        return new IngestOutcome(id, status, null, facts);
    }

    /// <summary>Reads the blob by name and ingests it; null when the blob does not exist.</summary>
    public async Task<IngestOutcome?> IngestBlobAsync(string name, bool force = false, CancellationToken cancellationToken = default)
    {
        var content = await _documents.DownloadAsync(name, cancellationToken).ConfigureAwait(false);
        return content is null ? null : await IngestAsync(name, content.Bytes, content.ETag, force, cancellationToken).ConfigureAwait(false);
    }
}
