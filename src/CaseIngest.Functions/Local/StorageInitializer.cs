using CaseIngest.Functions.Hosting;
using CaseIngest.Storage;

namespace CaseIngest.Functions.Local;

/// <summary>Local mode: the container and the tables exist before the app serves anything.</summary>
internal sealed class StorageInitializer(DocumentStore documents, StorageTables tables, ILogger<StorageInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await documents.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        Log.StorageReady(logger);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
