using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using CaseIngest.Application;
using CaseIngest.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseIngest.Functions.Tests.Support;

/// <summary>Tests of the storage part: the function app's registrations against the fixture's Azurite, and its stores.</summary>
public abstract class StorageTestBase(AzuriteFixture azurite) : IAsyncLifetime
{
    /// <summary>The fixture's Azurite, for tests that build clients of their own.</summary>
    protected AzuriteFixture Azurite { get; } = azurite;

    protected FunctionApp Factory { get; private set; } = null!;

    protected StorageTables Tables { get; private set; } = null!;

    protected CaseStore Store { get; private set; } = null!;

    protected CaseCatalog Catalog { get; private set; } = null!;

    public Task InitializeAsync()
    {
        _ = Azurite.ConnectionString;
        Factory = new FunctionApp();
        Tables = Factory.Services.GetRequiredService<StorageTables>();
        Store = Factory.Services.GetRequiredService<CaseStore>();
        Catalog = Factory.Services.GetRequiredService<CaseCatalog>();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    /// <summary>
    /// An ingest service over the fixture's Azurite whose table and blob clients record every request they send in
    /// <paramref name="tables"/> and <paramref name="blobs"/> (the same counter twice records both in one sequence).
    /// </summary>
    private protected IngestService CountingIngestService(RequestCounter tables, RequestCounter blobs)
    {
        var tableOptions = new TableClientOptions();
        tableOptions.AddPolicy(tables, HttpPipelinePosition.PerCall);
        var blobOptions = new BlobClientOptions();
        blobOptions.AddPolicy(blobs, HttpPipelinePosition.PerCall);
        var blobService = new BlobServiceClient(Azurite.ConnectionString, blobOptions);
        var store = new CaseStore(new StorageTables(new TableServiceClient(Azurite.ConnectionString, tableOptions)), blobService);
        return new IngestService(TestEngine.Keywords, store, new DocumentStore(blobService));
    }
}
