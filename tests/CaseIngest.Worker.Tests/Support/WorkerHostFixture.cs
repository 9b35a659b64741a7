using System.Reflection;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using CaseIngest.Functions.Tests.Support;
using CaseIngest.LocalHost;
using CaseIngest.Storage;
using CaseIngest.Worker.Tests.Host;

namespace CaseIngest.Worker.Tests.Support;

/// <summary>
/// One in-memory Azurite (the Functions tests' fixture), a storage proxy in front of it, the host double and a
/// running worker with every function loaded, shared by all the tests (one collection). The worker talks to
/// storage through the proxy; the tests read and write Azurite directly.
/// </summary>
public sealed class WorkerHostFixture : IAsyncLifetime
{
    public const string Container = "case-reports";
    public const string ReprocessQueueName = "case-reprocess";
    public const string BlobDeletedQueueName = "blob-deleted";

    private readonly AzuriteFixture _azurite = new();

    internal StorageProxy Proxy { get; private set; } = null!;

    internal HostDouble Host { get; private set; } = null!;

    internal TriggerDelivery Delivery { get; private set; } = null!;

    internal HttpInvoker Http { get; private set; } = null!;

    internal BlobServiceClient Blobs { get; private set; } = null!;

    internal QueueServiceClient Queues { get; private set; } = null!;

    internal StorageTables Tables { get; private set; } = null!;

    internal CaseStore Store { get; private set; } = null!;

    /// <summary>The worker's app folder: the build output of the worker project this test project builds.</summary>
    public static string WorkerAssembly =>
        typeof(WorkerHostFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "WorkerAssembly").Value!;

    public async Task InitializeAsync()
    {
        await _azurite.InitializeAsync();
        Blobs = new BlobServiceClient(_azurite.ConnectionString);
        Queues = new QueueServiceClient(_azurite.ConnectionString, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        Tables = new StorageTables(new TableServiceClient(_azurite.ConnectionString));
        Store = new CaseStore(Tables, Blobs);
        await Blobs.GetBlobContainerClient(Container).CreateIfNotExistsAsync();
        await Tables.EnsureCreatedAsync();

        Proxy = new StorageProxy(_azurite.ConnectionString);
        Host = await HostDouble.StartAsync(WorkerAssembly, new Dictionary<string, string>
        {
            ["AzureWebJobsStorage"] = Proxy.ConnectionString,
            ["CaseIngest__StorageConnectionString"] = Proxy.ConnectionString,
            ["CaseIngest__ContainerName"] = Container,
            ["CaseIngest__ReprocessQueueName"] = ReprocessQueueName,
            ["CaseIngest__BlobDeletedQueueName"] = BlobDeletedQueueName,
            ["CaseIngest__StorageMaxRetries"] = "1",
            ["CaseIngest__StorageRetryDelayMilliseconds"] = "50",
            ["CaseIngest__MaxIngestAttempts"] = "3",
        });
        await Host.StartWorkerAsync();
        Delivery = new TriggerDelivery(Host, Queues);
        Http = new HttpInvoker(Host);
    }

    /// <summary>Uploads a document to the ingest container and returns its URL.</summary>
    internal async Task<Uri> UploadAsync(string name, byte[] content)
    {
        var blob = Blobs.GetBlobContainerClient(Container).GetBlobClient(name);
        await blob.UploadAsync(new BinaryData(content), overwrite: true);
        return blob.Uri;
    }

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }

        Proxy?.Dispose();
        await _azurite.DisposeAsync();
    }
}
