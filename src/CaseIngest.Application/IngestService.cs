using System.Diagnostics;
using CaseIngest.Core;
using CaseIngest.Core.Model;
using CaseIngest.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CaseIngest.Application;

/// <summary>
/// One document in, one record (or rejection) stored. Idempotent: the same bytes under the same name, extracted by
/// the same extractor version, are not written again; anything else replaces what was stored for that name.
/// Unreadable documents are a result (<see cref="IngestStatus.Rejected"/>); storage failures are exceptions, so the
/// caller (the Functions host, a watcher) tries again. A document whose ingest fails <see cref="MaxAttempts"/> times
/// ends as a rejection with code <c>ingest-failed</c> instead of being tried forever. Every outcome is logged here,
/// once, whichever shell called.
/// </summary>
public sealed partial class IngestService
{
    /// <summary>Below the Functions host's five tries of a blob trigger, so the rejection is written before the poison queue.</summary>
    public const int DefaultMaxAttempts = 3;

    private readonly LazyEngine _engine;
    private readonly CaseStore _store;
    private readonly DocumentStore _documents;
    private readonly ILogger _logger;

    public IngestService(CaseEngine engine, CaseStore store, DocumentStore documents, int maxAttempts = DefaultMaxAttempts, ILogger<IngestService>? logger = null)
        : this(new LazyEngine(engine ?? throw new ArgumentNullException(nameof(engine))), store, documents, maxAttempts, logger)
    {
    }

    /// <summary>With the engine built on the first document (or by the warm-up), not when the service is created.</summary>
    public IngestService(LazyEngine engine, CaseStore store, DocumentStore documents, int maxAttempts = DefaultMaxAttempts, ILogger<IngestService>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        _engine = engine;
        _store = store;
        _documents = documents;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        MaxAttempts = maxAttempts;
    }

    public int MaxAttempts { get; }

    /// <summary>Documents longer than this are rejected as too-large (the limit of the engine's options; reading it builds no engine).</summary>
    public long MaxDocumentBytes => _engine.Options.MaxDocumentBytes;

    public async Task<IngestOutcome> IngestAsync(string name, ReadOnlyMemory<byte> bytes, string? blobETag, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return Logged(name, await IngestAsync(name, bytes, blobETag, force, stateRead: false, known: null, later: null, cancellationToken).ConfigureAwait(false));
    }

    private async Task<IngestOutcome> IngestAsync(string name, ReadOnlyMemory<byte> bytes, string? blobETag, bool force, bool stateRead, StoredState? known, GroupingRuns? later, CancellationToken cancellationToken)
    {
        var id = RecordIds.FromName(name);
        var sha256 = RecordIds.Sha256Hex(bytes.Span);
        if (!BlobNames.IsValid(name))
        {
            return await RejectAsync(name, ErrorCodes.InvalidName, "The document name cannot be stored safely.", sha256, blobETag, cancellationToken).ConfigureAwait(false);
        }

        var state = known;
        if (!force)
        {
            if (!stateRead)
            {
                state = await _store.GetStateAsync(id, cancellationToken).ConfigureAwait(false);
                stateRead = true;
            }

            if (state is not null && state.Sha256 == sha256 && state.ExtractorVersion == CaseEngine.ExtractorVersion && !state.Ungrouped)
            {
                if (blobETag is not null && state.BlobETag != blobETag)
                {
                    await _store.UpdateBlobETagAsync(id, state.Rejected, blobETag, cancellationToken).ConfigureAwait(false);
                }

                return new IngestOutcome(id, state.Rejected ? IngestStatus.Rejected : IngestStatus.Unchanged);
            }
        }

        CaseRecord? extracted = null;
        try
        {
            // The state read (when there was one) already holds the earlier case row the save compares with, or says
            // that nothing is stored: the save does not read it again.
            return await ProcessAsync(id, name, bytes, sha256, blobETag, stateRead, state, later, record => extracted = record, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Not swallowed: rethrown (and so retried by the caller) until this document has failed MaxAttempts times.
            var failures = await TryRecordFailureAsync(id, sha256, cancellationToken).ConfigureAwait(false);
            if (failures < MaxAttempts)
            {
                throw;
            }

            if (extracted is not null)
            {
                // The save may have written fact and index rows before it failed: they must describe what is stored.
                await _store.RestoreAsync(extracted, cancellationToken).ConfigureAwait(false);
            }

            return await RejectAsync(name, ErrorCodes.IngestFailed, $"Ingest failed {failures} times; the document was set aside.", sha256, blobETag, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Reads the blob by name and ingests it; null when the blob does not exist. A blob longer than the engine's
    /// MaxDocumentBytes is rejected as too-large from its length alone, without downloading it.
    /// </summary>
    public async Task<IngestOutcome?> IngestBlobAsync(string name, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (!BlobNames.IsValid(name))
        {
            return Logged(name, await RejectAsync(name, ErrorCodes.InvalidName, "The document name cannot be stored safely.", "", null, cancellationToken).ConfigureAwait(false));
        }

        var content = await _documents.DownloadAsync(name, _engine.Options.MaxDocumentBytes, cancellationToken).ConfigureAwait(false);
        if (content is null)
        {
            Log.BlobMissing(_logger, RecordIds.FromName(name), BlobNames.ForDisplay(name));
            return null;
        }

        return content.TooLarge
            ? Logged(name, await RejectTooLargeAsync(name, content, cancellationToken).ConfigureAwait(false))
            : await IngestAsync(name, content.Bytes, content.ETag, force, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The document's blob is gone: its record, facts and rejection are deleted and its article loses this source (the
    /// article goes when it was the last). False when nothing was stored for the name. Idempotent.
    /// </summary>
    public async Task<bool> DeleteAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (!BlobNames.IsValid(name))
        {
            return false;
        }

        var deleted = await _store.DeleteAsync(name, cancellationToken).ConfigureAwait(false);
        if (deleted)
        {
            Log.Deleted(_logger, RecordIds.FromName(name));
        }

        return deleted;
    }

    /// <summary>Extracts a document again whatever is stored for it (a reprocess message); null when the blob is gone.</summary>
    public Task<IngestOutcome?> ReprocessAsync(ReprocessMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        return IngestBlobAsync(message.Name, force: true, cancellationToken);
    }

    /// <summary>
    /// Ingests a blob whose length and ETag are already known (a trigger's blob properties): one over the limit is
    /// rejected as too-large without a byte read; one whose stored record was made from this ETag is not read again
    /// (null, as <see cref="IngestIfChangedAsync"/>); otherwise as <see cref="IngestBlobAsync(string, bool, CancellationToken)"/>.
    /// </summary>
    public async Task<IngestOutcome?> IngestBlobAsync(string name, long length, string? blobETag, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (BlobNames.IsValid(name) && length > _engine.Options.MaxDocumentBytes)
        {
            return Logged(name, await RejectTooLargeAsync(name, new DocumentContent(name, [], blobETag ?? "") { Length = length, TooLarge = true }, cancellationToken).ConfigureAwait(false));
        }

        return string.IsNullOrEmpty(blobETag)
            ? await IngestBlobAsync(name, force: false, cancellationToken).ConfigureAwait(false)
            : await IngestIfChangedAsync(name, blobETag, cancellationToken).ConfigureAwait(false);
    }

    private IngestOutcome Logged(string name, IngestOutcome outcome)
    {
        // The name as shown to people (control characters escaped), never the document's content.
        var blob = BlobNames.ForDisplay(name);
        if (outcome.Status == IngestStatus.Rejected)
        {
            Log.Rejected(_logger, outcome.Id, blob, outcome.ErrorCode);
        }
        else
        {
            Log.Ingested(_logger, outcome.Id, blob, outcome.Status, outcome.FactCount);
        }

        return outcome;
    }

    private Task<IngestOutcome> RejectTooLargeAsync(string name, DocumentContent content, CancellationToken cancellationToken) =>
        RejectAsync(name, ErrorCodes.TooLarge, $"The document is {content.Length} bytes; the limit is {_engine.Options.MaxDocumentBytes}.", "", content.ETag, cancellationToken);

    private async Task<IngestOutcome> ProcessAsync(string id, string name, ReadOnlyMemory<byte> bytes, string sha256, string? blobETag, bool stateRead, StoredState? state, GroupingRuns? later, Action<CaseRecord> extracted, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var result = _engine.Value.Process(name, bytes.Span);
        Log.Extracted(_logger, id, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        if (!result.Succeeded)
        {
            await _store.SaveRejectionAsync(result.Rejection!, sha256, blobETag, cancellationToken).ConfigureAwait(false);
            return new IngestOutcome(id, IngestStatus.Rejected, result.Rejection!.Error.Code);
        }

        var record = result.Record!;
        extracted(record);
        var saved = stateRead
            ? await _store.SaveAsync(record, blobETag, state, groupLater: later is not null, cancellationToken).ConfigureAwait(false)
            : await _store.SaveAsync(record, blobETag, knownNew: false, groupLater: later is not null, cancellationToken).ConfigureAwait(false);
        if (later is not null && saved.Grouping is { } grouping)
        {
            await later.StartAsync(() => GroupAsync(id, name, sha256, blobETag, grouping, later), cancellationToken).ConfigureAwait(false);
        }

        var status = saved.Created ? IngestStatus.Created : saved.Changed ? IngestStatus.Updated : IngestStatus.Rewritten;
        var facts = record.Diagnoses.Count + record.Drugs.Count + record.Radiotherapy.Count + record.Markers.Count + record.Outcomes.Count + record.AdverseEvents.Count;
        return new IngestOutcome(id, status, null, facts);
    }

    /// <summary>
    /// Runs a save's grouping check left for later. It never throws: a failure is counted, and below
    /// <see cref="MaxAttempts"/> the record is marked to be saved again and the document named to its caller; at the
    /// limit the document is set aside as <c>ingest-failed</c>. It is not cancelled with the caller's work, so a
    /// stopping host can wait for it.
    /// </summary>
    private async Task GroupAsync(string id, string name, string sha256, string? blobETag, Func<CancellationToken, Task> grouping, GroupingRuns later)
    {
        try
        {
            await grouping(CancellationToken.None).ConfigureAwait(false);
            return;
        }
        catch (Exception ex)
        {
            var failures = await TryRecordFailureAsync(id, sha256, CancellationToken.None).ConfigureAwait(false);
            LogGroupingFailure(id, failures, ex);
            try
            {
                if (failures >= MaxAttempts)
                {
                    _ = Logged(name, await RejectAsync(name, ErrorCodes.IngestFailed, $"Ingest failed {failures} times; the document was set aside.", sha256, blobETag, CancellationToken.None).ConfigureAwait(false));
                    return;
                }

                await _store.MarkUngroupedAsync(id, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception inner) when (inner is Azure.RequestFailedException or AggregateException or IOException or HttpRequestException)
            {
                // Storage is failing: the caller is told, and delivers the document again when it can.
                LogGroupingFailure(id, failures, inner);
            }
        }

        later.OnFailed(name);
    }

    /// <summary>A storage outage is logged with its short reason; anything else with its exception, as a bug.</summary>
    private void LogGroupingFailure(string id, int failures, Exception exception)
    {
        if (StorageFailures.IsUnavailable(exception))
        {
            Log.GroupingUnanswered(_logger, id, failures, MaxAttempts, StorageFailures.Describe(exception));
        }
        else
        {
            Log.GroupingFailed(_logger, id, failures, MaxAttempts, exception);
        }
    }

    /// <summary>The failure count after this failure; 0 when storage cannot count it (the failure is then retried as it is).</summary>
    private async Task<int> TryRecordFailureAsync(string id, string sha256, CancellationToken cancellationToken)
    {
        try
        {
            return await _store.RecordFailureAsync(id, sha256, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is Azure.RequestFailedException or AggregateException)
        {
            return 0;
        }
    }

    private async Task<IngestOutcome> RejectAsync(string name, string code, string message, string sha256, string? blobETag, CancellationToken cancellationToken)
    {
        await _store.SaveRejectionAsync(new RejectedDocument(new RejectedDocumentInfo(name), new ExtractionError(code, message)), sha256, blobETag, cancellationToken).ConfigureAwait(false);
        return new IngestOutcome(RecordIds.FromName(name), IngestStatus.Rejected, code);
    }
}
