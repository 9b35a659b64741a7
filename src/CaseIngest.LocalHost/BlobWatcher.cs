using System.Collections.Concurrent;
using System.Threading.Channels;
using CaseIngest.Application;
using CaseIngest.Storage;
using Microsoft.Extensions.Options;

namespace CaseIngest.LocalHost;

/// <summary>
/// Local mode's blob trigger: polls the container and ingests every blob whose ETag it has not seen, so files
/// dropped with any storage tool become records within a second or two. Listing and ingesting overlap: the poll
/// queues new blobs for a fixed set of workers and keeps polling while they work, so a burst of uploads flows
/// through at the workers' pace without waiting for the slowest document of each poll. Ingest is idempotent, so a
/// blob seen again after a restart is skipped after one state read.
/// </summary>
internal sealed class BlobWatcher(DocumentStore documents, IngestService ingest, IOptions<LocalModeOptions> options, ILogger<BlobWatcher> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<string, string> _seen = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _queued = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Watch)
        {
            return;
        }

        var queue = Channel.CreateUnbounded<StoredDocument>(new UnboundedChannelOptions { SingleWriter = true });
        var workers = Enumerable.Range(0, settings.IngestConcurrency).Select(_ => WorkAsync(queue.Reader, stoppingToken)).ToArray();
        var interval = TimeSpan.FromMilliseconds(settings.PollIntervalMilliseconds);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    // While the workers have a backlog, listing again finds nothing they could start on sooner, and
                    // every listing of a large container costs the storage service more than a few ingests.
                    if (_queued.Count < settings.IngestConcurrency * 2)
                    {
                        await PollAsync(queue.Writer, stoppingToken).ConfigureAwait(false);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    Log.WatchFailed(logger, "container", ex);
                }

                await Task.Delay(interval, stoppingToken).ConfigureAwait(false);
            }
        }
        finally
        {
            queue.Writer.TryComplete();
            await Task.WhenAll(workers).ConfigureAwait(false);
        }
    }

    private async Task PollAsync(ChannelWriter<StoredDocument> queue, CancellationToken cancellationToken)
    {
        var listed = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var blob in documents.ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            listed.Add(blob.Name);
            if ((!_seen.TryGetValue(blob.Name, out var etag) || etag != blob.ETag) && _queued.TryAdd(blob.Name, blob.ETag))
            {
                await queue.WriteAsync(blob, cancellationToken).ConfigureAwait(false);
            }
        }

        // A blob seen before and no longer listed was deleted: its document leaves its article.
        foreach (var name in _seen.Keys.Where(n => !listed.Contains(n) && !_queued.ContainsKey(n)).ToList())
        {
            await ingest.DeleteAsync(name, cancellationToken).ConfigureAwait(false);
            _seen.TryRemove(name, out _);
        }
    }

    private async Task WorkAsync(ChannelReader<StoredDocument> queue, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var blob in queue.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                try
                {
                    _ = await ingest.IngestIfChangedAsync(blob.Name, blob.ETag, cancellationToken).ConfigureAwait(false);

                    _seen[blob.Name] = blob.ETag;
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // Not marked as seen: the next poll queues it again.
                    Log.WatchFailed(logger, "container", ex);
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
}
