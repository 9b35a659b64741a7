using Azure;
using CaseIngest.Application;
using CaseIngest.Core;
using CaseIngest.Storage;
using Microsoft.Extensions.Options;

namespace CaseIngest.LocalHost;

/// <summary>
/// The local host's reader of the reprocess queue (in Azure, the queue-triggered function): each message is one
/// document extracted again, then deleted. A failed message becomes visible again after a short while and is
/// tried again; after <see cref="MaxAttempts"/> tries it is removed and logged, as the host's poison queue would.
/// </summary>
internal sealed class ReprocessQueueReader(
    ReprocessQueue queue,
    IngestService ingest,
    StorageOutage outage,
    StorageCreation creation,
    IOptions<LocalModeOptions> options,
    ILogger<ReprocessQueueReader> logger) : BackgroundService
{
    public const int MaxAttempts = 5;

    private static readonly TimeSpan Visibility = TimeSpan.FromSeconds(30);

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
            var taken = 0;
            try
            {
                await queue.EnsureCreatedAsync(stoppingToken).ConfigureAwait(false);
                var batch = await queue.Client.ReceiveMessagesAsync(32, Visibility, stoppingToken).ConfigureAwait(false);
                taken = batch.Value.Length;
                outage.Succeeded();
                await Parallel.ForEachAsync(batch.Value, new ParallelOptions { MaxDegreeOfParallelism = settings.IngestConcurrency, CancellationToken = stoppingToken }, async (message, token) =>
                {
                    var body = ReprocessQueue.Parse(message.Body.ToString());
                    if (body is null)
                    {
                        Log.BadReprocessMessage(logger);
                    }
                    else
                    {
                        try
                        {
                            _ = await ingest.ReprocessAsync(body, token).ConfigureAwait(false);
                        }
                        catch (Exception ex) when (ex is RequestFailedException or AggregateException or IOException)
                        {
                            if (message.DequeueCount < MaxAttempts)
                            {
                                Failed("reprocessing", body.Name, ex);
                                return;
                            }

                            Log.ReprocessGaveUp(logger, RecordIds.FromName(body.Name), message.DequeueCount);
                        }
                    }

                    await queue.Client.DeleteMessageAsync(message.MessageId, message.PopReceipt, token).ConfigureAwait(false);
                }).ConfigureAwait(false);
            }
            catch (Exception ex) when (StorageFailures.IsMissingStore(ex))
            {
                await creation.EnsureCreatedAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is RequestFailedException or AggregateException)
            {
                Failed("reading the reprocess queue", null, ex);
            }

            if (taken == 0)
            {
                await Task.Delay(interval, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Storage failures once per outage; anything else (a bug) with its stack trace.</summary>
    private void Failed(string operation, string? blobName, Exception exception)
    {
        if (StorageFailures.IsUnavailable(exception))
        {
            outage.Failed(operation, blobName, exception);
        }
        else
        {
            Log.WatchFailed(logger, "reprocess queue", exception);
        }
    }
}
