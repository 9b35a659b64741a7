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
public sealed class ArticleRowsTests(AzuriteFixture azurite) : StorageTestBase(azurite)
{
    [Fact]
    public async Task ARecordFromBeforeArticlesMovesToItsArticleWhenSavedAgain()
    {
        var u = TestRecords.Unique("legacy");
        var record = TestRecords.Make(u + ".txt", drugs: [u + "-mab"], doi: "10.1000/" + u);
        await Store.SaveAsync(record, null);
        var articleId = ArticleIds.Of(record);
        var keys = IndexKeys.For(record).Select(e => e.PartitionKey).ToList();

        // As an older version stored it: index rows keyed by record id, no member row, no article id on the case row.
        foreach (var key in keys)
        {
            await Tables.Index.DeleteEntityAsync(key, articleId);
            await Tables.Index.UpsertEntityAsync(new TableEntity(key, record.Id) { ["Facet"] = "drug", ["Value"] = u, ["Name"] = record.Document.Name });
        }

        await Tables.Index.DeleteEntityAsync("article|" + articleId, record.Id);
        var caseRow = (await Tables.Cases.GetEntityAsync<TableEntity>(record.Id, "record")).Value;
        caseRow.Remove("ArticleId");
        await Tables.Cases.UpsertEntityAsync(caseRow, TableUpdateMode.Replace);
        Assert.Equal(record.Id, Assert.Single((await Catalog.QueryAsync(new CaseQuery { Drug = u + "-mab" })).Items).Id);

        await Store.SaveAsync(record, null);

        Assert.Empty(await RowsAsync(record.Id, keys));
        Assert.Equal(keys.Order(), (await RowsAsync(articleId, keys)).Order());
        var listed = Assert.Single((await Catalog.QueryAsync(new CaseQuery { Drug = u + "-mab" })).Items);
        Assert.Equal(articleId, listed.ArticleId);
        Assert.Empty(await StoredRows.CheckAsync(Tables, Store, [record.Id]));
    }

    [Fact]
    public async Task ASourceWhoseDoiChangesLeavesItsOldArticle()
    {
        var u = TestRecords.Unique("moved");
        var first = TestRecords.Make(u + "/a.txt", drugs: [u + "-a"], doi: "10.1000/" + u + "/old");
        var other = TestRecords.Make(u + "/b.txt", drugs: [u + "-b"], doi: "10.1000/" + u + "/old");
        await Store.SaveAsync(first, null);
        await Store.SaveAsync(other, null);
        var old = ArticleIds.Of(first);
        Assert.Equal(2, Assert.Single((await Catalog.QueryAsync(new CaseQuery { Doi = "10.1000/" + u + "/old" })).Items).Sources);

        var moved = first with { Article = first.Article with { Doi = "10.1000/" + u + "/new" } };
        await Store.SaveAsync(moved, null);

        var oldArticle = Assert.Single((await Catalog.QueryAsync(new CaseQuery { Doi = "10.1000/" + u + "/old" })).Items);
        Assert.Equal(old, oldArticle.ArticleId);
        Assert.Equal(1, oldArticle.Sources);
        Assert.Equal([u + "-b"], oldArticle.Drugs);
        Assert.Empty((await Catalog.QueryAsync(new CaseQuery { Drug = u + "-a", Doi = "10.1000/" + u + "/old" })).Items);
        Assert.Equal(ArticleIds.Of(moved), Assert.Single((await Catalog.QueryAsync(new CaseQuery { Drug = u + "-a" })).Items).ArticleId);
    }

    private async Task<List<string>> RowsAsync(string rowKey, IEnumerable<string> partitions)
    {
        var found = new List<string>();
        foreach (var partition in partitions)
        {
            try
            {
                await Tables.Index.GetEntityAsync<TableEntity>(partition, rowKey);
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
