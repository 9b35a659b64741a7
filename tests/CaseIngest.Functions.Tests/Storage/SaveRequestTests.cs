using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using CaseIngest.Core.Model;
using CaseIngest.Functions.Tests.Support;
using CaseIngest.Storage;
using CaseIngest.Storage.Keys;

namespace CaseIngest.Functions.Tests.Storage;

/// <summary>
/// What one save costs in table requests, counted at the client: a source that shares no identifier with another
/// document is stored without the grouping walk and without a table query, a source that shares one is grouped by
/// point reads of the identifier and article heads, a source saved again with the same identifiers leaves its heads alone, and a
/// source that found itself alone is still grouped with one saved at the same moment.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SaveRequestTests(AzuriteFixture azurite) : StorageTestBase(azurite)
{
    [Fact]
    public async Task ASourceSharingNoIdentifierIsStoredWithPointReadsOfItsHeadsAndNoQuery()
    {
        var (store, tables, counter) = CountingStore();
        await store.SaveAsync(TestRecords.Make(TestRecords.Unique("warm") + ".txt", drugs: ["cisplatin"]), null);
        var u = TestRecords.Unique("lone");
        var record = TestRecords.Make(u + ".txt", drugs: [u + "-drug", u + "-other"], markers: ["EGFR"], doi: "10.5555/" + u, pmid: u + "-pmid");
        var keys = LinkKeys.Of(record);
        var entries = IndexKeys.For(record).Count;
        counter.Clear();

        await store.SaveAsync(record, null, knownNew: true, CancellationToken.None);

        // Facts batch, an insert of each identifier head (a new record's keys are inserted unread), the member row with
        // its article head (one transaction), the index rows, a read of the article head that checks them, the case
        // row, and a read of each identifier head after it.
        var requests = counter.Requests;
        Assert.Equal(1 + keys.Count + 1 + entries + 1 + 1 + keys.Count, requests.Count);
        Assert.DoesNotContain(requests, IsQuery);
        var article = ArticleIds.ForKey("doi:10.5555/" + u.ToLowerInvariant());
        Assert.Single(requests, r => r.StartsWith("GET", StringComparison.Ordinal) && r.Contains("article|" + article, StringComparison.Ordinal) && r.Contains("RowKey='head'", StringComparison.Ordinal));
        Assert.Equal(2, requests.Count(r => r.Contains("$batch", StringComparison.Ordinal)));
        Assert.Equal(keys.Count, requests.Count(r => r.StartsWith("POST", StringComparison.Ordinal) && r.Contains("CaseIndex?", StringComparison.Ordinal)));
        Assert.Equal(keys.Count, requests.Count(r => r.StartsWith("GET", StringComparison.Ordinal) && r.Contains("ident|", StringComparison.Ordinal) && r.Contains("RowKey='head'", StringComparison.Ordinal)));
        Assert.Equal(article, (await Store.GetSummaryAsync(record.Id))?.ArticleId);
        var item = Assert.Single((await Catalog.QueryAsync(new CaseQuery { Drug = u + "-drug" })).Items);
        Assert.Equal(article, item.ArticleId);
        Assert.Equal(1, item.Sources);
        Assert.Empty(await StoredRows.CheckAsync(tables, Store, [record.Id]));
    }

    [Fact]
    public async Task ASourceSharingAnIdentifierIsGroupedWithoutATableQuery()
    {
        var (store, tables, counter) = CountingStore();
        var u = TestRecords.Unique("shared");
        var pmidOnly = TestRecords.Make(u + "/medline.txt", drugs: [u + "-drug"], pmid: u + "-pmid");
        var both = TestRecords.Make(u + "/efetch.xml", drugs: [u + "-drug"], doi: "10.5555/" + u, pmid: u + "-pmid");
        await store.SaveAsync(pmidOnly, null);
        counter.Clear();

        await store.SaveAsync(both, null, knownNew: true, CancellationToken.None);

        Assert.DoesNotContain(counter.Requests, IsQuery);
        var article = ArticleIds.ForKey("doi:10.5555/" + u.ToLowerInvariant());
        Assert.Equal(article, (await Store.GetSummaryAsync(pmidOnly.Id))?.ArticleId);
        Assert.Equal(article, (await Store.GetSummaryAsync(both.Id))?.ArticleId);
        Assert.Equal(2, Assert.Single((await Catalog.QueryAsync(new CaseQuery { Drug = u + "-drug" })).Items).Sources);
        Assert.Empty(await StoredRows.CheckAsync(tables, Store, [pmidOnly.Id, both.Id]));
    }

    [Fact]
    public async Task ASourceJoiningAnArticleReadsEachHeadAndMemberRowOnceBeforeItsCaseRow()
    {
        var (store, tables, counter) = CountingStore();
        var u = TestRecords.Unique("join");
        var first = TestRecords.Make(u + "/pubmed.xml", drugs: [u + "-drug"], markers: ["KRAS"], doi: "10.5555/" + u);
        var second = TestRecords.Make(u + "/fulltext.txt", drugs: [u + "-drug", u + "-other"], doi: "10.5555/" + u);
        await store.SaveAsync(first, null);
        counter.Clear();

        await store.SaveAsync(second, null, knownNew: true, CancellationToken.None);

        // Up to the case row: the DOI head is read once (after the insert that finds it taken), the article head once
        // before the member transaction and once to check the rebuild, and the other source's member row once.
        var requests = counter.Requests;
        var caseRow = requests.ToList().FindIndex(r => r.StartsWith("PUT", StringComparison.Ordinal) && r.Contains("/Cases(", StringComparison.Ordinal));
        Assert.True(caseRow > 0, string.Join('\n', requests));
        var save = requests.Take(caseRow).ToList();
        var article = ArticleIds.ForKey("doi:10.5555/" + u.ToLowerInvariant());
        Assert.Single(save, r => r.StartsWith("GET", StringComparison.Ordinal) && r.Contains("ident|doi|", StringComparison.Ordinal));
        Assert.Equal(2, save.Count(r => r.StartsWith("GET", StringComparison.Ordinal) && r.Contains("article|" + article, StringComparison.Ordinal) && r.Contains("RowKey='head'", StringComparison.Ordinal)));
        Assert.Single(save, r => r.StartsWith("GET", StringComparison.Ordinal) && r.Contains("article|" + article, StringComparison.Ordinal) && r.Contains(first.Id, StringComparison.Ordinal));
        Assert.DoesNotContain(save, r => r.StartsWith("GET", StringComparison.Ordinal) && r.Contains("RowKey='" + second.Id + "'", StringComparison.Ordinal));
        Assert.DoesNotContain(requests, IsQuery);

        var item = Assert.Single((await Catalog.QueryAsync(new CaseQuery { Drug = u + "-other" })).Items);
        Assert.Equal(article, item.ArticleId);
        Assert.Equal(2, item.Sources);
        Assert.Equal(article, Assert.Single((await Catalog.QueryAsync(new CaseQuery { Drug = u + "-drug", Marker = "KRAS" })).Items).ArticleId);
        Assert.Empty(await StoredRows.CheckAsync(tables, Store, [first.Id, second.Id]));
    }

    [Fact]
    public async Task ASourceSavedAgainWithTheSameIdentifiersDoesNotRewriteItsIdentifierHeads()
    {
        var (store, tables, counter) = CountingStore();
        var u = TestRecords.Unique("again");
        var first = TestRecords.Make(u + ".txt", drugs: [u + "-first"], doi: "10.5555/" + u, pmid: u + "-pmid");
        await store.SaveAsync(first, null);
        var second = TestRecords.Make(u + ".txt", drugs: [u + "-second"], doi: "10.5555/" + u, pmid: u + "-pmid");
        counter.Clear();

        await store.SaveAsync(second, null);

        Assert.DoesNotContain(counter.Requests, r => r.Contains("ident|", StringComparison.Ordinal) && !r.StartsWith("GET", StringComparison.Ordinal));
        Assert.Empty((await Catalog.QueryAsync(new CaseQuery { Drug = u + "-first" })).Items);
        Assert.Equal(second.Id, Assert.Single((await Catalog.QueryAsync(new CaseQuery { Drug = u + "-second" })).Items).Id);
        Assert.Equal(second.Id, Assert.Single((await Catalog.QueryAsync(new CaseQuery { Pmid = u + "-pmid" })).Items).Id);
        foreach (var key in LinkKeys.Of(second))
        {
            Assert.Equal([second.Id], await IdentifierHeads.MembersAsync(tables, key));
        }

        Assert.Empty(await StoredRows.CheckAsync(tables, Store, [second.Id]));
    }

    [Fact]
    public async Task ASourceThatFoundItselfAloneIsGroupedWithASourceSavedAtTheSameMoment()
    {
        for (var run = 0; run < 6; run++)
        {
            var u = TestRecords.Unique("race");
            var shared = u + "-shared";

            // Alone, the PMID-only source would be filed under its PMID; together both belong under the DOI.
            var pmidOnly = TestRecords.Make(u + "/medline.txt", drugs: [shared, u + "-medline"], pmid: u + "-pmid");
            var both = TestRecords.Make(u + "/efetch.xml", drugs: [shared, u + "-xml"], doi: "10.5555/" + u, pmid: u + "-pmid");

            await Task.WhenAll(
                Store.SaveAsync(pmidOnly, null, knownNew: true, CancellationToken.None),
                Store.SaveAsync(both, null, knownNew: true, CancellationToken.None));

            var article = ArticleIds.ForKey("doi:10.5555/" + u.ToLowerInvariant());
            await AssertFiledInOneArticleAsync(article, shared, pmidOnly, both);
        }
    }

    /// <summary>A store of its own over the fixture's Azurite whose table client records every request it sends.</summary>
    private (CaseStore Store, StorageTables Tables, RequestCounter Counter) CountingStore()
    {
        var counter = new RequestCounter();
        var options = new TableClientOptions();
        options.AddPolicy(counter, HttpPipelinePosition.PerCall);
        var tables = new StorageTables(new TableServiceClient(Azurite.ConnectionString, options));
        return (new CaseStore(tables, new BlobServiceClient(Azurite.ConnectionString)), tables, counter);
    }

    /// <summary>A table query (a request with a filter), as opposed to a point read by key.</summary>
    private static bool IsQuery(string request) =>
        request.StartsWith("GET", StringComparison.Ordinal) && request.Contains("$filter=", StringComparison.Ordinal);
}
