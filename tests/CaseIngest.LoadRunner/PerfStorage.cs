using Azure.Data.Tables;
using Azure.Storage.Blobs;
using CaseIngest.LocalHost;
using CaseIngest.Storage;

namespace CaseIngest.LoadRunner;

/// <summary>An in-memory Azurite on free loopback ports, with the runner's own storage clients (created once).</summary>
internal sealed class PerfStorage : IAsyncDisposable
{
    private readonly AzuriteProcess _azurite;

    private PerfStorage(AzuriteProcess azurite)
    {
        _azurite = azurite;
        var blobOptions = new BlobClientOptions();
        blobOptions.Retry.MaxRetries = 3;
        Blobs = new BlobServiceClient(azurite.ConnectionString, blobOptions);
        var tableOptions = new TableClientOptions();
        tableOptions.Retry.MaxRetries = 3;
        Tables = new TableServiceClient(azurite.ConnectionString, tableOptions);
        Documents = new DocumentStore(Blobs);
        StorageTables = new StorageTables(Tables);
        Store = new CaseStore(StorageTables, Blobs);
    }

    public string ConnectionString => _azurite.ConnectionString;

    public BlobServiceClient Blobs { get; }

    public TableServiceClient Tables { get; }

    public DocumentStore Documents { get; }

    public StorageTables StorageTables { get; }

    public CaseStore Store { get; }

    public int ProcessId => _azurite.ProcessId;

    public static async Task<PerfStorage> StartAsync(CancellationToken cancellationToken)
    {
        var azurite = await AzuriteProcess.StartAsync(new AzuriteSettings { PackageDirectory = RunnerPaths.AzuriteDirectory }, cancellationToken);
        var storage = new PerfStorage(azurite);
        await storage.Documents.EnsureCreatedAsync(cancellationToken);
        await storage.StorageTables.EnsureCreatedAsync(cancellationToken);
        return storage;
    }

    public ValueTask DisposeAsync() => _azurite.DisposeAsync();
}
