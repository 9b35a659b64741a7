using System.Text;
using CaseIngest.Application;
using CaseIngest.Functions.Tests.Support;
using CaseIngest.Storage;
using CaseIngest.Storage.Keys;
using Xunit.Abstractions;

namespace CaseIngest.Functions.Tests.Storage;

/// <summary>
/// What the watcher's ingest path costs per document in storage requests, counted at the clients: the state read, the
/// blob read and the save with its grouping check. A lone document and a copy of one already stored (the same bytes
/// under another name, so it shares the content hash) are ingested without a table query, and their request counts are
/// pinned so they cannot grow back. The counts are written to the test output.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class IngestRequestTests(AzuriteFixture azurite, ITestOutputHelper output) : StorageTestBase(azurite)
{
    [Fact]
    public async Task ALoneDocumentIsIngestedWithPointReadsAndNoTableQuery()
    {
        var (service, tables, blobs) = CountingService();
        var u = TestRecords.Unique("lone-ingest");
        await IngestAsync(service, u + "/warm.txt", "A woman with melanoma received pembrolizumab. " + u);
        var name = u + "/report.txt";
        var etag = await Factory.UploadAsync(name, Encoding.UTF8.GetBytes("A man with sarcoma received nivolumab. " + u));
        tables.Clear();
        blobs.Clear();

        var outcome = await service.IngestIfChangedAsync(name, etag);

        Assert.Equal(IngestStatus.Created, outcome?.Status);
        Write("lone document", tables, blobs);
        Assert.DoesNotContain(tables.Requests, IsQuery);
        Assert.Single(blobs.Requests);
        Assert.True(outcome!.FactCount > 0);
        Assert.Equal(LoneTableRequests((await Store.GetAsync(outcome.Id))!), tables.Requests.Count);
    }

    [Fact]
    public async Task ACopyOfAStoredDocumentJoinsItsArticleWithoutATableQuery()
    {
        var (service, tables, blobs) = CountingService();
        var u = TestRecords.Unique("copy-ingest");
        var bytes = Encoding.UTF8.GetBytes("A man with sarcoma received nivolumab and cisplatin. " + u);
        var first = u + "/first.txt";
        var firstETag = await Factory.UploadAsync(first, bytes);
        Assert.Equal(IngestStatus.Created, (await service.IngestIfChangedAsync(first, firstETag))?.Status);
        var copy = u + "/copy.txt";
        var etag = await Factory.UploadAsync(copy, bytes);
        tables.Clear();
        blobs.Clear();

        var outcome = await service.IngestIfChangedAsync(copy, etag);

        Assert.Equal(IngestStatus.Created, outcome?.Status);
        Write("copy of a stored document", tables, blobs);
        Assert.DoesNotContain(tables.Requests, IsQuery);
        Assert.Single(blobs.Requests);

        // The lone path, with the content-hash head read and replaced after its insert fails, the article head read
        // before the join, the other member row read by key for the rebuild, and the grouping walk after the case row
        // (heads, member rows and case rows of both sources) on top; bounded, not exact, because a walk's reads depend
        // on what it finds.
        Assert.True(tables.Requests.Count <= LoneTableRequests((await Store.GetAsync(outcome!.Id))!) + 8, string.Join('\n', tables.Requests));
        var item = Assert.Single((await Catalog.QueryAsync(new CaseQuery { Drug = "nivolumab", Top = 1000 })).Items, s => s.Id == RecordIds(first) || s.Id == outcome.Id);
        Assert.Equal(2, item.Documents);
        Assert.Empty(await StoredRows.CheckAsync(Tables, Store, [RecordIds(first), outcome.Id]));
    }

    [Fact]
    public async Task AChangedDocumentIsSavedWithoutReadingItsCaseRowAgain()
    {
        var (service, tables, blobs) = CountingService();
        var u = TestRecords.Unique("changed-ingest");
        var name = u + "/report.txt";
        var firstETag = await Factory.UploadAsync(name, Encoding.UTF8.GetBytes("A man with sarcoma received pembrolizumab and had a partial response. " + u));
        var first = await service.IngestIfChangedAsync(name, firstETag);
        var etag = await Factory.UploadAsync(name, Encoding.UTF8.GetBytes("A man with sarcoma received nivolumab. " + u));
        tables.Clear();
        blobs.Clear();

        var outcome = await service.IngestIfChangedAsync(name, etag);

        Assert.Equal(IngestStatus.Updated, outcome?.Status);
        Write("changed document", tables, blobs);
        var requests = tables.Requests.ToList();
        var caseRow = requests.FindIndex(r => r.StartsWith("PUT", StringComparison.Ordinal) && r.Contains("/Cases(", StringComparison.Ordinal));
        Assert.True(caseRow > 0, string.Join('\n', requests));

        // The state read is the only read of the case row before it is written, no rejection was there to delete, and
        // the fact rows the first version had beyond the new one's are deleted in one transaction, not one by one.
        Assert.True(first!.FactCount > outcome!.FactCount);
        Assert.DoesNotContain(requests, r => r.StartsWith("DELETE", StringComparison.Ordinal) && r.Contains("/Facts(", StringComparison.Ordinal));
        var id = outcome!.Id;
        Assert.Single(requests.Take(caseRow), r => r.StartsWith("GET", StringComparison.Ordinal) && r.Contains("/Cases(PartitionKey='" + id + "'", StringComparison.Ordinal));
        Assert.DoesNotContain(requests, r => r.StartsWith("DELETE", StringComparison.Ordinal) && r.Contains("/Rejections(", StringComparison.Ordinal));
        Assert.DoesNotContain((await Catalog.QueryAsync(new CaseQuery { Drug = "pembrolizumab", Top = 1000 })).Items, s => s.Id == id);
        Assert.Contains((await Catalog.QueryAsync(new CaseQuery { Drug = "nivolumab", Top = 1000 })).Items, s => s.Id == id);
        Assert.Empty(await StoredRows.CheckAsync(Tables, Store, [id]));
    }

    /// <summary>
    /// The table requests of a lone document: the state read (case and rejection rows), the facts batch, an insert of
    /// each identifier head (a new record's heads are inserted unread), the member row with its article head (one
    /// transaction), the index rows, the article head read that checks them, the case row, and a read of each
    /// identifier head after it.
    /// </summary>
    private static int LoneTableRequests(Core.Model.CaseRecord record)
    {
        var heads = LinkKeys.Of(record).Count;
        return 2 + 1 + heads + 1 + IndexKeys.For(record).Count + 1 + 1 + heads;
    }

    private static string RecordIds(string name) => Core.RecordIds.FromName(name);

    private async Task IngestAsync(IngestService service, string name, string text)
    {
        var etag = await Factory.UploadAsync(name, Encoding.UTF8.GetBytes(text));
        Assert.NotNull(await service.IngestIfChangedAsync(name, etag));
    }

    private void Write(string what, RequestCounter tables, RequestCounter blobs)
    {
        var table = tables.Requests;
        output.WriteLine(
            $"{what}: {table.Count} table requests ({table.Count(IsQuery)} queries, {table.Count(r => r.StartsWith("GET", StringComparison.Ordinal) && !IsQuery(r))} point reads, " +
            $"{table.Count(r => r.Contains("$batch", StringComparison.Ordinal))} transactions, {table.Count(r => !r.StartsWith("GET", StringComparison.Ordinal) && !r.Contains("$batch", StringComparison.Ordinal))} single writes), {blobs.Requests.Count} blob requests");
        foreach (var request in table)
        {
            output.WriteLine("  " + request);
        }
    }

    private (IngestService Service, RequestCounter Tables, RequestCounter Blobs) CountingService()
    {
        var (tables, blobs) = (new RequestCounter(), new RequestCounter());
        return (CountingIngestService(tables, blobs), tables, blobs);
    }

    /// <summary>A table query (a request with a filter), as opposed to a point read by key.</summary>
    private static bool IsQuery(string request) =>
        request.StartsWith("GET", StringComparison.Ordinal) && request.Contains("$filter=", StringComparison.Ordinal);
}
