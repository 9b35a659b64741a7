using System.Text;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using CaseIngest.Application;
using CaseIngest.Core;
using CaseIngest.Functions.Tests.Support;
using CaseIngest.Storage;
using CaseIngest.Storage.Keys;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CaseIngest.Functions.Tests.Storage;

/// <summary>
/// A save that leaves its grouping check for later: the record is readable at once and grouped when the check runs; a
/// check that fails marks the record, and the next delivery of the same blob saves it again. Records stored before the
/// identifier heads are joined when they are saved again.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class GroupLaterTests(AzuriteFixture azurite) : StorageTestBase(azurite)
{
    [Fact]
    public async Task ASaveThatLeavesItsGroupingForLaterIsReadableAtOnceAndGroupedWhenTheCheckRuns()
    {
        var u = TestRecords.Unique("later");
        var pmidOnly = TestRecords.Make(u + "/medline.txt", drugs: [u + "-drug"], pmid: u + "-pmid");
        var both = TestRecords.Make(u + "/efetch.xml", drugs: [u + "-drug"], doi: "10.5555/" + u, pmid: u + "-pmid");
        await Store.SaveAsync(pmidOnly, null);

        var saved = await Store.SaveAsync(both, null, knownNew: true, groupLater: true, CancellationToken.None);

        var article = ArticleIds.ForKey("doi:10.5555/" + u.ToLowerInvariant());
        Assert.NotNull(saved.Grouping);
        Assert.Equal(article, (await Store.GetSummaryAsync(both.Id))?.ArticleId);
        Assert.Equal(ArticleIds.Of(pmidOnly), (await Store.GetSummaryAsync(pmidOnly.Id))?.ArticleId);

        await saved.Grouping(CancellationToken.None);

        Assert.Equal(article, (await Store.GetSummaryAsync(pmidOnly.Id))?.ArticleId);
        var item = Assert.Single((await Catalog.QueryAsync(new CaseQuery { Drug = u + "-drug" })).Items);
        Assert.Equal(article, item.ArticleId);
        Assert.Equal(2, item.Sources);
        Assert.Empty(await StoredRows.CheckAsync(Tables, Store, [pmidOnly.Id, both.Id]));
    }

    [Fact]
    public async Task AGroupingCheckThatFailsMarksTheRecordAndTheNextDeliverySavesItAgain()
    {
        var u = TestRecords.Unique("regroup");
        var bytes = Encoding.UTF8.GetBytes("A man with sarcoma received nivolumab. " + u);
        var documents = Factory.Services.GetRequiredService<DocumentStore>();
        var healthy = new IngestService(TestEngine.Keywords, Store, documents);
        var first = u + "/first.txt";
        var copy = u + "/copy.txt";
        await Factory.UploadAsync(first, bytes);
        var copyETag = await Factory.UploadAsync(copy, bytes);
        Assert.NotNull(await healthy.IngestIfChangedAsync(first, (await documents.DownloadAsync(first))!.ETag));

        var runs = new GroupingRuns(2);
        var failed = new List<string>();
        runs.Failed += failed.Add;
        var outcome = await FailingGroupingOf(RecordIds.FromName(copy)).IngestIfChangedAsync(copy, copyETag, runs);
        await runs.WhenIdleAsync();

        Assert.Equal(IngestStatus.Created, outcome?.Status);
        Assert.Equal([copy], failed);
        Assert.True((await Store.GetStateAsync(RecordIds.FromName(copy)))!.Ungrouped);

        var again = await healthy.IngestIfChangedAsync(copy, copyETag);

        Assert.NotNull(again);
        Assert.False((await Store.GetStateAsync(RecordIds.FromName(copy)))!.Ungrouped);
        Assert.Null(await healthy.IngestIfChangedAsync(copy, copyETag));
        var item = Assert.Single((await Catalog.QueryAsync(new CaseQuery { Drug = "nivolumab", Top = 1000 })).Items, s => s.Id == RecordIds.FromName(first) || s.Id == RecordIds.FromName(copy));
        Assert.Equal(2, item.Documents);
        Assert.Empty(await StoredRows.CheckAsync(Tables, Store, [RecordIds.FromName(first), RecordIds.FromName(copy)]));
    }

    [Fact]
    public async Task AGroupingCheckThatStorageFailsIsLoggedWithItsReasonAndNoStackTrace()
    {
        var u = TestRecords.Unique("regroup-log");
        var name = u + "/report.txt";
        var etag = await Factory.UploadAsync(name, Encoding.UTF8.GetBytes("A woman with melanoma received pembrolizumab. " + u));
        var logs = new CapturedLogs();
        using var loggers = LoggerFactory.Create(builder => builder.AddProvider(logs));

        var runs = new GroupingRuns(2);
        await FailingGroupingOf(RecordIds.FromName(name), loggers.CreateLogger<IngestService>()).IngestIfChangedAsync(name, etag, runs);
        await runs.WhenIdleAsync();

        var warning = Assert.Single(logs.Entries, e => e.Contains("with the other sources of its article failed", StringComparison.Ordinal));
        Assert.Contains("HTTP 503", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("RequestFailedException", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARecordStoredBeforeIdentifierHeadsIsJoinedWhenSavedAgain()
    {
        var u = TestRecords.Unique("before-heads");
        var pmidOnly = TestRecords.Make(u + "/medline.txt", drugs: [u + "-drug"], pmid: u + "-pmid");
        var both = TestRecords.Make(u + "/efetch.xml", drugs: [u + "-drug"], doi: "10.5555/" + u, pmid: u + "-pmid");
        await Store.SaveAsync(pmidOnly, null);
        await IdentifierHeads.ForgetAsync(Tables, pmidOnly.Id, LinkKeys.Of(pmidOnly));

        await Store.SaveAsync(both, null);

        // Until it is saved again, the earlier record is not found through the heads: two articles.
        Assert.Equal(ArticleIds.Of(pmidOnly), (await Store.GetSummaryAsync(pmidOnly.Id))?.ArticleId);
        Assert.Equal(2, (await Catalog.QueryAsync(new CaseQuery { Drug = u + "-drug" })).Items.Count);

        await Store.SaveAsync(pmidOnly, null);

        var article = ArticleIds.ForKey("doi:10.5555/" + u.ToLowerInvariant());
        Assert.Equal(article, (await Store.GetSummaryAsync(pmidOnly.Id))?.ArticleId);
        Assert.Equal(article, (await Store.GetSummaryAsync(both.Id))?.ArticleId);
        Assert.Equal(2, Assert.Single((await Catalog.QueryAsync(new CaseQuery { Drug = u + "-drug" })).Items).Sources);
        Assert.Equal([.. new[] { pmidOnly.Id, both.Id }.Order(StringComparer.Ordinal)], await IdentifierHeads.MembersAsync(Tables, "pmid:" + (u + "-pmid").ToLowerInvariant()));
        Assert.Empty(await StoredRows.CheckAsync(Tables, Store, [pmidOnly.Id, both.Id]));
    }

    /// <summary>An ingest service whose reads of identifier heads fail once the case row of <paramref name="recordId"/> is written.</summary>
    private IngestService FailingGroupingOf(string recordId, ILogger<IngestService>? logger = null)
    {
        var options = new TableClientOptions();
        options.AddPolicy(new FailHeadReadsAfterCaseRow(recordId), HttpPipelinePosition.PerCall);
        options.Retry.MaxRetries = 0;
        var store = new CaseStore(new StorageTables(new TableServiceClient(Azurite.ConnectionString, options)), Factory.Services.GetRequiredService<BlobServiceClient>());
        return new IngestService(TestEngine.Keywords, store, Factory.Services.GetRequiredService<DocumentStore>(), logger: logger);
    }

    private sealed class FailHeadReadsAfterCaseRow(string recordId) : HttpPipelineSynchronousPolicy
    {
        private volatile bool _caseRowWritten;

        public override void OnSendingRequest(HttpMessage message)
        {
            var path = Uri.UnescapeDataString(message.Request.Uri.Path);
            if (message.Request.Method != RequestMethod.Get && path.Contains("/" + StorageNames.CasesTable + "(", StringComparison.Ordinal) && path.Contains(recordId, StringComparison.Ordinal))
            {
                _caseRowWritten = true;
            }
            else if (_caseRowWritten && message.Request.Method == RequestMethod.Get && path.Contains("RowKey='head'", StringComparison.Ordinal))
            {
                throw new RequestFailedException(503, "Identifier heads cannot be read.");
            }
        }
    }
}
