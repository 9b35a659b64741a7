using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using CaseIngest.Application;
using CaseIngest.Core.Model;
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

    /// <summary>The partitions holding a member row of the record: exactly one when it is filed in one article.</summary>
    protected async Task<List<string>> MemberRowsAsync(string recordId)
    {
        var partitions = new List<string>();
        var filter = TableClient.CreateQueryFilter($"RowKey eq {recordId} and PartitionKey ge {"article|"} and PartitionKey lt {"article}"}");
        await foreach (var row in Tables.Index.QueryAsync<TableEntity>(filter, select: ["PartitionKey"]))
        {
            partitions.Add(row.PartitionKey);
        }

        return partitions;
    }

    /// <summary>
    /// Asserts that the two sources of one article are filed in <paramref name="article"/>: each case row names it and
    /// has its one member row there, the catalog lists one case of two sources for their shared drug, and the stored
    /// rows agree with each other.
    /// </summary>
    private protected async Task AssertFiledInOneArticleAsync(string article, string sharedDrug, CaseRecord first, CaseRecord second)
    {
        foreach (var record in new[] { first, second })
        {
            Assert.Equal(article, (await Store.GetSummaryAsync(record.Id))?.ArticleId);
            Assert.Equal(["article|" + article], await MemberRowsAsync(record.Id));
        }

        var item = Assert.Single((await Catalog.QueryAsync(new CaseQuery { Drug = sharedDrug })).Items);
        Assert.Equal(article, item.ArticleId);
        Assert.Equal(2, item.Sources);
        Assert.Empty(await StoredRows.CheckAsync(Tables, Store, [first.Id, second.Id]));
    }
}
