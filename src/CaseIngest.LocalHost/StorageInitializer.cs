using Azure;
using CaseIngest.Application;
using CaseIngest.Storage;

namespace CaseIngest.LocalHost;

/// <summary>
/// Local mode: the container and the tables are created before the app serves anything. Storage that does not
/// answer is logged, not fatal: the app still starts and <c>/api/health</c> reports it.
/// </summary>
internal sealed class StorageInitializer(DocumentStore documents, StorageTables tables, ILogger<StorageInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await documents.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
            await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
            Log.StorageReady(logger);
        }
        catch (Exception ex) when (ex is RequestFailedException or AggregateException)
        {
            Log.StorageUnavailable(logger, ex);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
