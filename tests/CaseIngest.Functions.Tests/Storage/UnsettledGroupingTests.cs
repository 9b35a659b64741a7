using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using CaseIngest.Functions.Tests.Support;
using CaseIngest.Storage;
using CaseIngest.Storage.Entities;
using CaseIngest.Storage.Keys;
using Xunit.Abstractions;

namespace CaseIngest.Functions.Tests.Storage;

/// <summary>
/// A grouping walk that is still moving a source when its rounds run out, because another writer rewrites the
/// source's row in the article before each of its copies (set by a schedule over its table requests, not by timing):
/// it fails and leaves the record marked to be saved again, and the next save files the source in its article.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class UnsettledGroupingTests(AzuriteFixture azurite, ITestOutputHelper output) : StorageTestBase(azurite)
{
    [Fact]
    public async Task AWalkStillMovingWhenItsRoundsRunOutFailsAndMarksTheRecordToBeSavedAgain()
    {
        var u = TestRecords.Unique("unsettled");
        var pmidOnly = TestRecords.Make(u + "/medline.txt", drugs: [u + "-drug"], pmid: u + "-pmid");
        var both = TestRecords.Make(u + "/efetch.xml", drugs: [u + "-drug"], doi: "10.5555/" + u, pmid: u + "-pmid");
        var article = ArticleIds.ForKey("doi:10.5555/" + u.ToLowerInvariant());
        var pmidArticle = ArticleIds.ForKey("pmid:" + u.ToLowerInvariant() + "-pmid");
        var others = new ArticleIndex(Tables);
        var interfering = true;

        // Before every copy of the PMID-only source's member row into the DOI's article, another writer puts its own
        // copy there, so the walk's copy is never made and the walk goes round again.
        var memberRow = "CaseIndex(" + MemberRows.Partition(article) + "," + pmidOnly.Id + ")";
        var script = new ScriptedRequests().Always(
            r => r.StartsWith("BATCH[", StringComparison.Ordinal) && (r.Contains("PUT " + memberRow, StringComparison.Ordinal) || r.Contains("POST " + memberRow, StringComparison.Ordinal)),
            async () =>
            {
                if (interfering)
                {
                    var current = await others.MemberAsync(article, pmidOnly.Id, CancellationToken.None);
                    var source = current ?? await others.MemberAsync(pmidArticle, pmidOnly.Id, CancellationToken.None);
                    Assert.NotNull(await others.PutAsync(source!, article, current, CancellationToken.None));
                }
            });
        var log = new TableRequestLog(script);
        log.Names[pmidOnly.Id] = "<pmid-only>";
        log.Names[both.Id] = "<both>";
        log.Names[article] = "<doi article>";
        log.Names[pmidArticle] = "<pmid article>";

        // Saved one after the other with their groupings left for later: the PMID-only source sits in the PMID's
        // article, and only its own walk runs.
        var saved = await StoreOver(log).SaveAsync(pmidOnly, null, knownNew: true, groupLater: true, CancellationToken.None);
        _ = await Store.SaveAsync(both, null, knownNew: true, groupLater: true, CancellationToken.None);

        Exception? failure;
        try
        {
            failure = await Record.ExceptionAsync(() => saved.Grouping!(CancellationToken.None));
        }
        finally
        {
            foreach (var line in log.Lines.Where(l => l.Contains("BATCH[", StringComparison.Ordinal) || l.Contains(" Cases(", StringComparison.Ordinal)))
            {
                output.WriteLine(line);
            }
        }

        interfering = false;
        Assert.True(script.RulesRun > 1, "the walk did not copy the member row more than once: the schedule did not keep it moving");
        Assert.NotNull(failure);
        Assert.True((await Store.GetStateAsync(pmidOnly.Id))!.Ungrouped);

        await Store.SaveAsync(pmidOnly, null);

        Assert.False((await Store.GetStateAsync(pmidOnly.Id))!.Ungrouped);
        foreach (var record in new[] { pmidOnly, both })
        {
            Assert.Equal(article, (await Store.GetSummaryAsync(record.Id))?.ArticleId);
        }

        Assert.Null(await others.MemberAsync(pmidArticle, pmidOnly.Id, CancellationToken.None));
        Assert.Equal([.. new[] { pmidOnly.Id, both.Id }.Order(StringComparer.Ordinal)], (await others.MembersAsync(article, CancellationToken.None)).Select(m => m.RowKey));
        Assert.Equal(2, Assert.Single((await Catalog.QueryAsync(new CaseQuery { Drug = u + "-drug" })).Items).Sources);
        Assert.Empty(await StoredRows.CheckAsync(Tables, Store, [pmidOnly.Id, both.Id]));
    }

    /// <summary>A store of its own over the fixture's Azurite whose table requests pass the log's schedule.</summary>
    private CaseStore StoreOver(TableRequestLog log)
    {
        var options = new TableClientOptions();
        options.AddPolicy(log.For("W"), HttpPipelinePosition.PerCall);
        return new CaseStore(new StorageTables(new TableServiceClient(Azurite.ConnectionString, options)), new BlobServiceClient(Azurite.ConnectionString));
    }
}
