using System.Collections.Concurrent;
using CaseIngest.Functions.Hosting;
using CaseIngest.Functions.Options;
using CaseIngest.Storage;
using Microsoft.Extensions.Options;

namespace CaseIngest.Functions.Local;

/// <summary>
/// Local mode's blob trigger: polls the container and ingests every blob whose ETag it has not seen, so files
/// dropped with any storage tool become records within a second or two. Ingest is idempotent, so a blob seen
/// again after a restart is skipped cheaply.
/// </summary>
internal sealed class BlobWatcher(DocumentStore documents, IngestService ingest, IOptions<LocalModeOptions> options, ILogger<BlobWatcher> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<string, string> _seen = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Watch)
        {
            return;
        }

        var interval = TimeSpan.FromMilliseconds(settings.PollIntervalMilliseconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PollAsync(settings.IngestConcurrency, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.WatchFailed(logger, "container", ex);
            }

            await Task.Delay(interval, stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task PollAsync(int concurrency, CancellationToken cancellationToken)
    {
        var work = new List<StoredDocument>();
        await foreach (var blob in documents.ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (!_seen.TryGetValue(blob.Name, out var etag) || etag != blob.ETag)
            {
                work.Add(blob);
            }
        }

        await Parallel.ForEachAsync(work, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken }, async (blob, token) =>
        {
            if (!await ingest.IsCurrentAsync(blob.Name, blob.ETag, token).ConfigureAwait(false))
            {
                var outcome = await ingest.IngestBlobAsync(blob.Name, cancellationToken: token).ConfigureAwait(false);
                if (outcome is not null)
                {
                    LogOutcome(outcome);
                }
            }

            _seen[blob.Name] = blob.ETag;
        }).ConfigureAwait(false);
    }

    private void LogOutcome(IngestOutcome outcome)
    {
        if (outcome.Status == IngestStatus.Rejected)
        {
            Log.Rejected(logger, outcome.Id, outcome.ErrorCode);
        }
        else
        {
            Log.Ingested(logger, outcome.Id, outcome.Status, outcome.FactCount);
        }
    }
}
