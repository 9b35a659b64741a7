using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using CaseIngest.Application;
using CaseIngest.Storage;
using Microsoft.Extensions.Options;

namespace CaseIngest.LocalHost;

/// <summary>
/// Local mode's blob trigger: lists the container and ingests every blob whose ETag it has not seen, so files dropped
/// with any storage tool become records. It lists when told that something changed (a drop-folder upload, a write to
/// the emulator's blob store) and otherwise on a sweep that slows down while nothing changes, so an idle host does not
/// list a large container again and again. A reconcile (at start, after storage comes back, and every
/// <see cref="LocalModeOptions.ReconcileIntervalSeconds"/>) checks every blob against its record, so a record lost
/// by storage is ingested again, and a document whose blob left the container while the host was stopped is deleted
/// (see <see cref="MissingBlobSweep"/>; the sweep runs beside the listings, so new blobs do not wait for its deletes).
/// Listing and ingesting overlap: a fixed set of workers ingests what a listing queues.
/// A blob that appeared or changed since the last listing is downloaded together with its state read (one round trip
/// less before extraction); a reconcile reads the state first, so the blobs it finds current are not downloaded
/// (see <see cref="ListedBlob"/>).
/// A worker takes its next blob as soon as a record is readable; the grouping check that follows the save (is another
/// document of the same article stored?) runs beside it (<see cref="GroupingRuns"/>, up to twice the workers at once),
/// and a blob whose check failed is listed again.
/// Storage failures are logged once per outage (see <see cref="StorageOutage"/>).
/// </summary>
internal sealed class BlobWatcher(
    DocumentStore documents,
    IngestService ingest,
    ContainerChanges changes,
    StorageOutage outage,
    StorageCreation creation,
    MissingBlobSweep sweep,
    IOptions<LocalModeOptions> options,
    ILogger<BlobWatcher> logger) : BackgroundService
{
    private static readonly TimeSpan OutagePause = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<string, string> _seen = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _queued = new(StringComparer.Ordinal);
    private Task _sweeping = Task.CompletedTask;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Watch)
        {
            return;
        }

        Action reconcile = () => changes.RequestReconcile();
        outage.Restored += reconcile;
        var queue = Channel.CreateUnbounded<ListedBlob>(new UnboundedChannelOptions { SingleWriter = true });
        var grouping = new GroupingRuns(settings.IngestConcurrency * 2);
        Action<string> groupingFailed = name =>
        {
            _seen.TryRemove(name, out _);
            changes.Changed();
        };
        grouping.Failed += groupingFailed;
        var workers = Enumerable.Range(0, settings.IngestConcurrency).Select(_ => WorkAsync(queue.Reader, grouping, stoppingToken)).ToArray();
        var fast = TimeSpan.FromMilliseconds(settings.PollIntervalMilliseconds);
        var reconcileEvery = TimeSpan.FromSeconds(settings.ReconcileIntervalSeconds);
        var sinceReconcile = Stopwatch.StartNew();
        var sinceFound = Stopwatch.StartNew();
        var pause = fast;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                if (sinceReconcile.Elapsed >= reconcileEvery)
                {
                    changes.RequestReconcile(listSoon: false);
                }

                // While the workers have a backlog, listing again finds nothing they could start on sooner.
                if (_queued.Count < settings.IngestConcurrency * 2)
                {
                    var everything = changes.TakeReconcile();
                    try
                    {
                        var (listed, queued) = await ListAsync(queue.Writer, everything, stoppingToken).ConfigureAwait(false);
                        outage.Succeeded();
                        if (everything)
                        {
                            sinceReconcile.Restart();
                            LocalHostLog.Reconciled(logger, listed);
                        }

                        // A reconcile queues every blob to check it: that is not new blobs arriving.
                        if (queued > 0 && !everything)
                        {
                            sinceFound.Restart();
                        }

                        pause = SweepPacing.AfterListing(pause, fast, RestingPause(settings), sinceFound.Elapsed);
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        if (everything)
                        {
                            changes.RequestReconcile(listSoon: false);
                        }

                        await FailedAsync("listing the container", null, ex, listAgainSoon: false, stoppingToken).ConfigureAwait(false);
                        pause = SweepPacing.Slower(pause, OutagePause);
                    }
                }
                else
                {
                    pause = SweepPacing.WhileBacklogged(fast);
                }

                if (await changes.WaitAsync(pause, stoppingToken).ConfigureAwait(false))
                {
                    pause = fast;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
        finally
        {
            outage.Restored -= reconcile;
            queue.Writer.TryComplete();
            await Task.WhenAll(workers).ConfigureAwait(false);
            await _sweeping.ConfigureAwait(false);

            // The checks already started finish (they are not cancelled with the workers), so none is cut off at a stop.
            await grouping.WhenIdleAsync().ConfigureAwait(false);
            grouping.Failed -= groupingFailed;
        }
    }

    /// <summary>The longest pause between listings: the reconcile interval when every change is signalled, else the sweep interval.</summary>
    private TimeSpan RestingPause(LocalModeOptions settings) =>
        TimeSpan.FromSeconds(changes.ChangesAreSignalled ? settings.ReconcileIntervalSeconds : settings.SweepIntervalSeconds);

    private async Task<(int Listed, int Queued)> ListAsync(ChannelWriter<ListedBlob> queue, bool everything, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var queued = 0;
        await foreach (var blob in documents.ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            names.Add(blob.Name);
            if (ListedBlob.For(blob, _seen.GetValueOrDefault(blob.Name), everything) is { } listed && _queued.TryAdd(blob.Name, blob.ETag))
            {
                await queue.WriteAsync(listed, cancellationToken).ConfigureAwait(false);
                if (logger.IsEnabled(LogLevel.Debug))
                {
                    LocalHostLog.Queued(logger, BlobNames.ForDisplay(blob.Name), Core.RecordIds.FromName(blob.Name));
                }

                queued++;
            }
        }

        if (logger.IsEnabled(LogLevel.Debug))
        {
            LocalHostLog.Listed(logger, names.Count, queued, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        // A blob seen before and no longer listed was deleted: its document leaves its article.
        foreach (var name in _seen.Keys.Where(n => !names.Contains(n) && !_queued.ContainsKey(n)).ToList())
        {
            await ingest.DeleteAsync(name, cancellationToken).ConfigureAwait(false);
            _seen.TryRemove(name, out _);
        }

        // A reconcile (the first one at start) also deletes documents whose blob went while the host was stopped.
        // Only a complete listing gets here: a failed one throws above, and nothing is deleted. The sweep runs beside
        // the listings (one at a time), so a blob that arrives while it deletes is not held up behind its deletes.
        if (everything && _sweeping.IsCompleted)
        {
            _sweeping = SweepAsync(names, cancellationToken);
        }

        return (names.Count, queued);
    }

    /// <summary>
    /// Deletes the documents whose blob a complete listing lacks, skipping names the watcher has queued or ingested
    /// since (their blob is back). A failure is logged, and the next listing is a reconcile that sweeps again.
    /// </summary>
    private async Task SweepAsync(IReadOnlySet<string> listed, CancellationToken cancellationToken)
    {
        await Task.Yield();
        try
        {
            try
            {
                _ = await sweep.DeleteMissingAsync(listed, name => _queued.ContainsKey(name) || _seen.ContainsKey(name), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                changes.RequestReconcile(listSoon: false);
                await FailedAsync("deleting documents of removed blobs", null, ex, listAgainSoon: false, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: the next start sweeps again.
        }
    }

    private async Task WorkAsync(ChannelReader<ListedBlob> queue, GroupingRuns grouping, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var (blob, readAhead) in queue.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                try
                {
                    _ = await ingest.IngestIfChangedAsync(blob.Name, blob.ETag, grouping, readAhead, cancellationToken).ConfigureAwait(false);

                    _seen[blob.Name] = blob.ETag;
                    outage.Succeeded();
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // Not marked as seen: listed again soon, or by the reconcile when storage is back.
                    await FailedAsync("ingesting", blob.Name, ex, listAgainSoon: true, cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    _queued.TryRemove(blob.Name, out _);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task FailedAsync(string operation, string? blobName, Exception exception, bool listAgainSoon, CancellationToken cancellationToken)
    {
        if (StorageFailures.IsMissingStore(exception))
        {
            await creation.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
            changes.RequestReconcile();
        }
        else if (StorageFailures.IsUnavailable(exception))
        {
            outage.Failed(operation, blobName, exception);
        }
        else
        {
            Log.WatchFailed(logger, "container", exception);
            if (listAgainSoon)
            {
                changes.Changed();
            }
        }
    }
}
