using Azure;
using Azure.Data.Tables;
using CaseIngest.Functions.Tests.Support;
using CaseIngest.Storage;
using CaseIngest.Storage.Keys;
using Microsoft.Extensions.DependencyInjection;

namespace CaseIngest.Functions.Tests.Storage;

/// <summary>
/// The article's index rows follow its sources: a source that changes article leaves the old one, a record written
/// before rows were kept per article moves to its article when saved again (as reprocessing does).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ArticleRowsTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private FunctionApp _factory = null!;
    private StorageTables _tables = null!;
    private CaseStore _store = null!;
    private CaseCatalog _catalog = null!;

    public Task InitializeAsync()
    {
        _ = azurite.ConnectionString;
        _factory = new FunctionApp();
        _tables = _factory.Services.GetRequiredService<StorageTables>();
        _store = _factory.Services.GetRequiredService<CaseStore>();
        _catalog = _factory.Services.GetRequiredService<CaseCatalog>();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task ARecordFromBeforeArticlesMovesToItsArticleWhenSavedAgain()
    {
        var u = TestRecords.Unique("legacy");
        var record = TestRecords.Make(u + ".txt", drugs: [u + "-mab"], doi: "10.1000/" + u);
        await _store.SaveAsync(record, null);
        var articleId = ArticleIds.Of(record);
        var keys = IndexKeys.For(record).Select(e => e.PartitionKey).ToList();

        // As an older version stored it: index rows keyed by record id, no member row, no article id on the case row.
        foreach (var key in keys)
        {
            await _tables.Index.DeleteEntityAsync(key, articleId);
            await _tables.Index.UpsertEntityAsync(new TableEntity(key, record.Id) { ["Facet"] = "drug", ["Value"] = u, ["Name"] = record.Document.Name });
        }

        await _tables.Index.DeleteEntityAsync("article|" + articleId, record.Id);
        var caseRow = (await _tables.Cases.GetEntityAsync<TableEntity>(record.Id, "record")).Value;
        caseRow.Remove("ArticleId");
        await _tables.Cases.UpsertEntityAsync(caseRow, TableUpdateMode.Replace);
        Assert.Equal(record.Id, Assert.Single((await _catalog.QueryAsync(new CaseQuery { Drug = u + "-mab" })).Items).Id);

        await _store.SaveAsync(record, null);

        Assert.Empty(await RowsAsync(record.Id, keys));
        Assert.Equal(keys.Order(), (await RowsAsync(articleId, keys)).Order());
        var listed = Assert.Single((await _catalog.QueryAsync(new CaseQuery { Drug = u + "-mab" })).Items);
        Assert.Equal(articleId, listed.ArticleId);
        Assert.Empty(await StoredRows.CheckAsync(_tables, _store, [record.Id]));
    }

    [Fact]
    public async Task ASourceWhoseDoiChangesLeavesItsOldArticle()
    {
        var u = TestRecords.Unique("moved");
        var first = TestRecords.Make(u + "/a.txt", drugs: [u + "-a"], doi: "10.1000/" + u + "/old");
        var other = TestRecords.Make(u + "/b.txt", drugs: [u + "-b"], doi: "10.1000/" + u + "/old");
        await _store.SaveAsync(first, null);
        await _store.SaveAsync(other, null);
        var old = ArticleIds.Of(first);
        Assert.Equal(2, Assert.Single((await _catalog.QueryAsync(new CaseQuery { Doi = "10.1000/" + u + "/old" })).Items).Sources);

        var moved = first with { Article = first.Article with { Doi = "10.1000/" + u + "/new" } };
        await _store.SaveAsync(moved, null);

        var oldArticle = Assert.Single((await _catalog.QueryAsync(new CaseQuery { Doi = "10.1000/" + u + "/old" })).Items);
        Assert.Equal(old, oldArticle.ArticleId);
        Assert.Equal(1, oldArticle.Sources);
        Assert.Equal([u + "-b"], oldArticle.Drugs);
        Assert.Empty((await _catalog.QueryAsync(new CaseQuery { Drug = u + "-a", Doi = "10.1000/" + u + "/old" })).Items);
        Assert.Equal(ArticleIds.Of(moved), Assert.Single((await _catalog.QueryAsync(new CaseQuery { Drug = u + "-a" })).Items).ArticleId);
    }

    private async Task<List<string>> RowsAsync(string rowKey, IEnumerable<string> partitions)
    {
        var found = new List<string>();
        foreach (var partition in partitions)
        {
            try
            {
                await _tables.Index.GetEntityAsync<TableEntity>(partition, rowKey);
                found.Add(partition);
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                // Not there.
            }
        }

        return found;
    }
}
