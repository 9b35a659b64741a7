using Azure;
using CaseIngest.Application;
using CaseIngest.Storage;

namespace CaseIngest.LocalHost;

/// <summary>
/// Local mode: the container and the tables are created right after start, beside it rather than before it, so the
/// app answers <c>GET /</c> without waiting for these round trips (the stores create them on first use as well, and a
/// request that needs them waits for the same creation). Storage that does not answer is logged, not fatal: the app
/// still starts and <c>/api/health</c> reports it.
/// </summary>
internal sealed class StorageInitializer(DocumentStore documents, StorageTables tables, ILogger<StorageInitializer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await documents.EnsureCreatedAsync(stoppingToken).ConfigureAwait(false);
            await tables.EnsureCreatedAsync(stoppingToken).ConfigureAwait(false);
            Log.StorageReady(logger);
        }
        catch (Exception ex) when (ex is RequestFailedException or AggregateException)
        {
            Log.StorageUnavailable(logger, ex);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping before storage answered.
        }
    }
}
