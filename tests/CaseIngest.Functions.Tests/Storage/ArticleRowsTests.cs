using Azure;
using Azure.Data.Tables;
using CaseIngest.Functions.Tests.Support;
using CaseIngest.Storage;
using CaseIngest.Storage.Keys;
using Microsoft.Extensions.DependencyInjection;

namespace CaseIngest.Functions.Tests.Storage;

/// <summary>
/// The article's index rows follow its sources: a source that changes article leaves the old one, a record written
/// before rows were kept per article moves to its article when saved again (as reprocessing does), and the article's
/// head lists exactly the sources it has.
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

    [Fact]
    public async Task AnArticleHeadListsItsSourcesAndGoesWithTheLast()
    {
        var u = TestRecords.Unique("head");
        var xml = TestRecords.Make(u + "/efetch.xml", drugs: [u + "-drug"], doi: "10.5555/" + u, pmid: u + "-pmid");
        var medline = TestRecords.Make(u + "/medline.txt", drugs: [u + "-drug"], pmid: u + "-pmid");
        var article = ArticleIds.ForKey("doi:10.5555/" + u.ToLowerInvariant());
        await Store.SaveAsync(xml, null);
        await Store.SaveAsync(medline, null);

        // the head keeps its members in ordinal order; record ids are hashes, so either may come first
        Assert.Equal(new[] { medline.Id, xml.Id }.Order(StringComparer.Ordinal), (await HeadAsync(article)).Order(StringComparer.Ordinal));
        Assert.Equal(2, (await Store.GetSourcesAsync(article)).Count);

        Assert.True(await Store.DeleteAsync(xml.Document.Name));

        // Without the XML the MEDLINE text is an article of its own, named after its PMID.
        Assert.Empty(await HeadAsync(article));
        Assert.Equal([medline.Id], await HeadAsync(ArticleIds.Of(medline)));
        Assert.Empty((await Catalog.QueryAsync(new CaseQuery { Doi = "10.5555/" + u })).Items);

        Assert.True(await Store.DeleteAsync(medline.Document.Name));

        Assert.Empty(await HeadAsync(ArticleIds.Of(medline)));
        Assert.Empty(await Store.GetSourcesAsync(ArticleIds.Of(medline)));
    }

    /// <summary>The record ids the article's head lists; empty when it has no head.</summary>
    private async Task<IReadOnlyCollection<string>> HeadAsync(string articleId)
    {
        var head = await Tables.Index.GetEntityIfExistsAsync<TableEntity>("article|" + articleId, "head");
        return head.HasValue && head.Value is { } row ? CaseIngest.Storage.Entities.ArticleHeads.MembersOf(row) : [];
    }
}
