using System.Net;
using System.Text.Json;
using CaseIngest.Application;
using CaseIngest.Core;
using CaseIngest.Functions.Tests.Support;
using CaseIngest.Storage;
using CaseIngest.Worker.Tests.Rpc;
using CaseIngest.Worker.Tests.Support;

namespace CaseIngest.Worker.Tests.Tests;

/// <summary>A document dropped into the container becomes one record through the worker's blob, queue and HTTP functions.</summary>
[Collection(WorkerCollection.Name)]
public sealed class EndToEndTests(WorkerHostFixture fixture)
{
    private const string Document = "pmc-markdown/gvf-PMID29983698.md";

    [Fact]
    public async Task ADroppedDocumentBecomesExactlyOneRecordThatTheApiReturns()
    {
        var name = CorpusDocuments.UniqueName("drop", ".md");
        var uri = await fixture.UploadAsync(name, CorpusDocuments.Read(Document));

        var delivery = await fixture.Delivery.DeliverBlobAsync("IngestCaseReport", name, uri);

        Assert.True(delivery.Succeeded, fixture.Host.Diagnostics(delivery.Attempts[^1].InvocationId));
        Assert.Single(delivery.Attempts);
        var id = RecordIds.FromName(name);
        Assert.Equal(1, (await StoredRows.CaseRowsByNameAsync(fixture.Tables, name)).GetValueOrDefault(id));
        Assert.Empty(await StoredRows.CheckAsync(fixture.Tables, fixture.Store, [id]));

        string articleId;
        var (response, invocation) = await fixture.Http.SendAsync(HttpMethod.Get, $"/api/cases/{id}");
        using (response)
        {
            Assert.Equal(StatusResult.Types.Status.Success, invocation.Result.Status);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var record = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(id, record.RootElement.GetProperty("id").GetString());
            articleId = record.RootElement.GetProperty("articleId").GetString()!;
        }

        // The list has one item per article: the record's article is listed once (the same bytes dropped by other tests
        // under other names are aliases of it), and the article names the record among its sources or their aliases.
        var (list, listed) = await fixture.Http.SendAsync(HttpMethod.Get, "/api/cases?top=1000");
        using (list)
        {
            Assert.Equal(StatusResult.Types.Status.Success, listed.Result.Status);
            Assert.Equal(HttpStatusCode.OK, list.StatusCode);
            using var items = JsonDocument.Parse(await list.Content.ReadAsStringAsync());
            Assert.Single(items.RootElement.GetProperty("items").EnumerateArray(), i => i.GetProperty("articleId").GetString() == articleId);
        }

        var (article, read) = await fixture.Http.SendAsync(HttpMethod.Get, $"/api/articles/{articleId}");
        using (article)
        {
            Assert.Equal(StatusResult.Types.Status.Success, read.Result.Status);
            Assert.Equal(HttpStatusCode.OK, article.StatusCode);
            using var view = JsonDocument.Parse(await article.Content.ReadAsStringAsync());
            var ids = view.RootElement.GetProperty("sources").EnumerateArray()
                .SelectMany(s => s.GetProperty("aliases").EnumerateArray().Select(a => a.GetProperty("id").GetString()).Prepend(s.GetProperty("id").GetString()))
                .ToList();
            Assert.Single(ids, i => i == id);
        }
    }

    [Fact]
    public async Task DeliveringTheSameBlobTwiceLeavesOneRecord()
    {
        var name = CorpusDocuments.UniqueName("twice", ".md");
        var uri = await fixture.UploadAsync(name, CorpusDocuments.Read(Document));

        var first = await fixture.Delivery.DeliverBlobAsync("IngestCaseReport", name, uri);
        var second = await fixture.Delivery.DeliverBlobAsync("IngestCaseReport", name, uri);

        Assert.True(first.Succeeded && second.Succeeded, fixture.Host.Diagnostics());
        var id = RecordIds.FromName(name);
        Assert.Equal(1, (await StoredRows.CaseRowsByNameAsync(fixture.Tables, name)).GetValueOrDefault(id));
        Assert.Empty(await StoredRows.CheckAsync(fixture.Tables, fixture.Store, [id]));
    }

    [Fact]
    public async Task AnUnknownRecordIsAProblemDetails404()
    {
        var (response, invocation) = await fixture.Http.SendAsync(HttpMethod.Get, "/api/cases/no-such-record");
        using (response)
        {
            Assert.Equal(StatusResult.Types.Status.Success, invocation.Result.Status);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task TheQueueFunctionExtractsEachDocumentItIsSent()
    {
        var folder = CorpusDocuments.UniqueName("reprocess", "");
        var name = folder + "/case.md";
        await fixture.UploadAsync(name, CorpusDocuments.Read(Document));
        var queue = new ReprocessQueue(fixture.Queues, WorkerHostFixture.ReprocessQueueName);
        var documents = new DocumentStore(fixture.Blobs, WorkerHostFixture.Container);

        Assert.Equal(1, await queue.EnqueueAllAsync(documents, folder + "/"));
        var deliveries = await fixture.Delivery.DrainQueueAsync("ReprocessRequested");

        Assert.NotEmpty(deliveries);
        Assert.All(deliveries, d => Assert.True(d.Succeeded, fixture.Host.Diagnostics(d.Attempts[^1].InvocationId)));
        var id = RecordIds.FromName(name);
        Assert.True(1 == (await StoredRows.CaseRowsByNameAsync(fixture.Tables, name)).GetValueOrDefault(id), fixture.Host.Diagnostics());
        Assert.Empty(await StoredRows.CheckAsync(fixture.Tables, fixture.Store, [id]));
    }

    [Fact]
    public async Task ABlobDeletedEventOnTheQueueDeletesTheDocumentThroughTheWorker()
    {
        var name = CorpusDocuments.UniqueName("deleted", ".md");
        var uri = await fixture.UploadAsync(name, CorpusDocuments.Read(Document));
        Assert.True((await fixture.Delivery.DeliverBlobAsync("IngestCaseReport", name, uri)).Succeeded, fixture.Host.Diagnostics());
        var id = RecordIds.FromName(name);
        Assert.NotNull(await fixture.Store.GetSummaryAsync(id));
        await fixture.Blobs.GetBlobContainerClient(WorkerHostFixture.Container).DeleteBlobAsync(name);

        var queue = fixture.Queues.GetQueueClient(WorkerHostFixture.BlobDeletedQueueName);
        await queue.CreateIfNotExistsAsync();
        await queue.SendMessageAsync(JsonSerializer.Serialize(new
        {
            id = Guid.NewGuid().ToString(),
            subject = $"/blobServices/default/containers/{WorkerHostFixture.Container}/blobs/{name}",
            eventType = "Microsoft.Storage.BlobDeleted",
            data = new { api = "DeleteBlob", url = uri.ToString() },
        }));
        var deliveries = await fixture.Delivery.DrainQueueAsync("DeleteCaseReport");

        var delivery = Assert.Single(deliveries);
        Assert.True(delivery.Succeeded, fixture.Host.Diagnostics(delivery.Attempts[^1].InvocationId));
        Assert.Null(await fixture.Store.GetStateAsync(id));
        Assert.Empty(await StoredRows.CaseRowsByNameAsync(fixture.Tables, name));
    }
}
