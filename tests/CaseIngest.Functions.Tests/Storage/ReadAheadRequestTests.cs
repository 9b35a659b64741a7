using System.Text;
using CaseIngest.Application;
using CaseIngest.Functions.Tests.Support;
using Xunit.Abstractions;

namespace CaseIngest.Functions.Tests.Storage;

/// <summary>
/// The order and number of requests before extraction on the watcher's path, counted at the clients in the order they
/// were sent (table and blob clients share one counter). A blob the listing saw appear or change is read together with
/// its state: the blob read is sent first, not after the state read's answer. A reconcile's check reads the state
/// first, and a blob whose record is current is then not downloaded at all.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReadAheadRequestTests(AzuriteFixture azurite, ITestOutputHelper output) : StorageTestBase(azurite)
{
    [Fact]
    public async Task ANewBlobIsDownloadedTogetherWithItsStateRead()
    {
        var (service, requests) = CountingService();
        var u = TestRecords.Unique("read-ahead-new");

        // The first request of a client creates the tables: done by a document before, as the watcher's first one does.
        var warm = u + "/warm.txt";
        Assert.NotNull(await service.IngestIfChangedAsync(warm, await Factory.UploadAsync(warm, Encoding.UTF8.GetBytes("A man with sarcoma received nivolumab. " + u))));
        var name = u + "/report.txt";
        var etag = await Factory.UploadAsync(name, Encoding.UTF8.GetBytes("A woman with a uterine sarcoma received pembrolizumab; PD-L1 staining was strong."));
        requests.Clear();

        var outcome = await service.IngestIfChangedAsync(name, etag, later: null, readAhead: true);

        Assert.Equal(IngestStatus.Created, outcome?.Status);
        var sent = Written("new blob", requests);
        Assert.Single(sent, IsBlobRead);
        Assert.True(IsBlobRead(sent[0]), "the blob read is sent before the state read");
        Assert.True(StateReads(sent.Skip(1).Take(2)) == 2, "the state read's two rows follow the blob read");
    }

    [Fact]
    public async Task AChangedBlobIsDownloadedTogetherWithItsStateReadAndReplacesTheRecord()
    {
        var (service, requests) = CountingService();
        var name = TestRecords.Unique("read-ahead-changed") + "/report.txt";
        var first = await Factory.UploadAsync(name, Encoding.UTF8.GetBytes("A man with a soft-tissue sarcoma received pembrolizumab."));
        Assert.Equal(IngestStatus.Created, (await service.IngestIfChangedAsync(name, first))?.Status);
        var second = await Factory.UploadAsync(name, Encoding.UTF8.GetBytes("A man with a soft-tissue sarcoma received nivolumab after pembrolizumab, with a partial response."));
        requests.Clear();

        var outcome = await service.IngestIfChangedAsync(name, second, later: null, readAhead: true);

        Assert.Equal(IngestStatus.Updated, outcome?.Status);
        var sent = Written("changed blob", requests);
        Assert.Single(sent, IsBlobRead);
        Assert.True(IsBlobRead(sent[0]), "the blob read is sent before the state read");
        Assert.True(StateReads(sent.Skip(1).Take(2)) == 2, "the state read's two rows follow the blob read");
        Assert.Equal(second, (await Store.GetStateAsync(outcome!.Id))?.BlobETag);
    }

    [Fact]
    public async Task OnAReconcileAnUnchangedBlobCostsTheStateReadAndNoDownload()
    {
        var (service, requests) = CountingService();
        var name = TestRecords.Unique("reconcile-current") + "/report.txt";
        var etag = await Factory.UploadAsync(name, Encoding.UTF8.GetBytes("A girl with Ewing sarcoma received nivolumab."));
        Assert.Equal(IngestStatus.Created, (await service.IngestIfChangedAsync(name, etag))?.Status);
        requests.Clear();

        var outcome = await service.IngestIfChangedAsync(name, etag, later: null, readAhead: false);

        Assert.Null(outcome);
        var sent = Written("unchanged blob on a reconcile", requests);
        Assert.Equal(2, sent.Count);
        Assert.Equal(2, StateReads(sent));
    }

    [Fact]
    public async Task OnAReconcileAChangedBlobIsDownloadedOnlyAfterItsStateRead()
    {
        var (service, requests) = CountingService();
        var name = TestRecords.Unique("reconcile-changed") + "/report.txt";
        var first = await Factory.UploadAsync(name, Encoding.UTF8.GetBytes("A woman with a PD-L1 positive sarcoma received pembrolizumab."));
        Assert.Equal(IngestStatus.Created, (await service.IngestIfChangedAsync(name, first))?.Status);
        var second = await Factory.UploadAsync(name, Encoding.UTF8.GetBytes("A woman with a PD-L1 positive sarcoma received pembrolizumab, then nivolumab."));
        requests.Clear();

        var outcome = await service.IngestIfChangedAsync(name, second, later: null, readAhead: false);

        Assert.Equal(IngestStatus.Updated, outcome?.Status);
        var sent = Written("changed blob on a reconcile", requests);
        Assert.Single(sent, IsBlobRead);
        Assert.Equal(2, StateReads(sent.Take(2)));
        Assert.True(IsBlobRead(sent[2]), "the blob read follows the state read");
    }

    [Fact]
    public async Task ABlobReadAheadWhoseRecordIsCurrentWritesNothing()
    {
        var (service, requests) = CountingService();
        var name = TestRecords.Unique("read-ahead-current") + "/report.txt";
        var etag = await Factory.UploadAsync(name, Encoding.UTF8.GetBytes("A boy with a sarcoma of the femur received nivolumab with a partial response."));
        Assert.Equal(IngestStatus.Created, (await service.IngestIfChangedAsync(name, etag))?.Status);
        requests.Clear();

        var outcome = await service.IngestIfChangedAsync(name, etag, later: null, readAhead: true);

        Assert.Null(outcome);
        var sent = Written("current blob read ahead", requests);
        Assert.Equal(2, StateReads(sent));
        Assert.True(sent.Count(IsBlobRead) <= 1, string.Join('\n', sent));
        Assert.Equal(sent.Count, StateReads(sent) + sent.Count(IsBlobRead));
    }

    private IReadOnlyList<string> Written(string what, RequestCounter requests)
    {
        var sent = requests.Requests;
        output.WriteLine($"{what}: {sent.Count} requests");
        foreach (var request in sent)
        {
            output.WriteLine("  " + request);
        }

        return sent;
    }

    /// <summary>The point reads of the state read among <paramref name="sent"/>: the rejection row, and the case row's state columns.</summary>
    private static int StateReads(IEnumerable<string> sent) =>
        sent.Count(r => r.StartsWith("GET /devstoreaccount1/Rejections(", StringComparison.Ordinal) ||
            (r.StartsWith("GET /devstoreaccount1/Cases(", StringComparison.Ordinal) && r.Contains("$select=Sha256,ExtractorVersion,BlobETag", StringComparison.Ordinal)));

    /// <summary>A request of the blob client for the document's bytes (its path names the documents container).</summary>
    private static bool IsBlobRead(string request) =>
        request.StartsWith("GET", StringComparison.Ordinal) && request.Contains("/report.txt", StringComparison.Ordinal);

    /// <summary>An ingest service whose table and blob clients record every request in one sequence.</summary>
    private (IngestService Service, RequestCounter Requests) CountingService()
    {
        var requests = new RequestCounter();
        return (CountingIngestService(requests, requests), requests);
    }
}
