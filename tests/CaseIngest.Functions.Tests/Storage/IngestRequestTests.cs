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

        // The lone path, with the head read before the join, each member row read by key for the rebuild, and the
        // grouping walk after the case row (heads, member rows and case rows of both sources) on top; bounded, not exact,
        // because a walk's reads depend on what it finds.
        Assert.True(tables.Requests.Count <= LoneTableRequests((await Store.GetAsync(outcome!.Id))!) + 16, string.Join('\n', tables.Requests));
        var item = Assert.Single((await Catalog.QueryAsync(new CaseQuery { Drug = "nivolumab", Top = 1000 })).Items, s => s.Id == RecordIds(first) || s.Id == outcome.Id);
        Assert.Equal(2, item.Documents);
        Assert.Empty(await StoredRows.CheckAsync(Tables, Store, [RecordIds(first), outcome.Id]));
    }

    /// <summary>
    /// The table requests of a lone document: the state read (case and rejection rows), the facts batch, a read and an
    /// insert of each identifier head, the member row with its article head (one transaction), the index rows, the
    /// article head read that checks them, the case row, and a read of each identifier head after it.
    /// </summary>
    private static int LoneTableRequests(Core.Model.CaseRecord record)
    {
        var heads = LinkKeys.Of(record).Count;
        return 2 + 1 + (2 * heads) + 1 + IndexKeys.For(record).Count + 1 + 1 + heads;
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
