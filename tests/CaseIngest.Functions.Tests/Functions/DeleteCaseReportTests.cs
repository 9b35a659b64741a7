using System.Net;
using System.Text;
using Azure.Storage.Queues;
using CaseIngest.Core;
using CaseIngest.Functions.Delete;
using CaseIngest.Functions.Tests.Support;
using CaseIngest.LocalHost;
using CaseIngest.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseIngest.Functions.Tests.Functions;

/// <summary>The blob-deleted queue trigger as the worker calls it: a BlobDeleted event of the ingest container deletes the blob's document and its place in its article.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DeleteCaseReportTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private FunctionApp _app = null!;
    private CaseStore _store = null!;
    private DocumentStore _documents = null!;

    public Task InitializeAsync()
    {
        _ = azurite.ConnectionString;
        _app = new FunctionApp();
        _store = _app.Services.GetRequiredService<CaseStore>();
        _documents = _app.Services.GetRequiredService<DocumentStore>();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task ADeletedBlobsEventFromTheQueueRemovesItsRecordAndItsArticle()
    {
        var name = TestRecords.Unique("evg-delete") + "/report.txt";
        var articleId = await IngestAsync(name);
        Assert.True(await _documents.DeleteAsync(name));

        // Event Grid writes the event to the queue; the host decodes the base64 message and passes its text.
        var queue = new QueueClient(azurite.ConnectionString, TestRecords.Unique("blob-deleted").ToLowerInvariant(), new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        await queue.CreateIfNotExistsAsync();
        await queue.SendMessageAsync(DeletedEvent(_app.ContainerName, name));
        var message = Assert.Single((await queue.ReceiveMessagesAsync(32)).Value);
        await _app.Create<DeleteCaseReport>().RunAsync(message.Body.ToString(), CancellationToken.None);

        Assert.Null(await _store.GetStateAsync(RecordIds.FromName(name)));
        Assert.Empty(await _store.GetSourcesAsync(articleId));
        using var client = _app.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/api/articles/{articleId}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task TheSameEventDeliveredAgainFindsNothingToDelete()
    {
        var name = TestRecords.Unique("evg-again") + ".txt";
        _ = await IngestAsync(name);
        Assert.True(await _documents.DeleteAsync(name));
        var handler = _app.Services.GetRequiredService<DeletedBlobHandler>();

        var first = await handler.HandleAsync(DeletedEvent(_app.ContainerName, name));
        var second = await handler.HandleAsync(DeletedEvent(_app.ContainerName, name));

        Assert.Equal(DeleteOutcome.Deleted, first);
        Assert.Equal(DeleteOutcome.NothingStored, second);
    }

    [Fact]
    public async Task AnEventOfAnotherContainerDeletesNothing()
    {
        var name = TestRecords.Unique("evg-other") + ".txt";
        _ = await IngestAsync(name);
        Assert.True(await _documents.DeleteAsync(name));

        var outcome = await _app.Services.GetRequiredService<DeletedBlobHandler>().HandleAsync(DeletedEvent("other-reports", name));

        Assert.Equal(DeleteOutcome.Ignored, outcome);
        Assert.NotNull(await _store.GetSummaryAsync(RecordIds.FromName(name)));
    }

    [Fact]
    public async Task ABlobUploadedAgainBeforeItsDeleteEventIsHandledKeepsItsRecord()
    {
        var name = TestRecords.Unique("evg-back") + ".txt";
        _ = await IngestAsync(name);
        Assert.True(await _documents.DeleteAsync(name));
        await _app.UploadAsync(name, Encoding.UTF8.GetBytes("A woman with sarcoma received nivolumab. " + name));

        var outcome = await _app.Services.GetRequiredService<DeletedBlobHandler>().HandleAsync(DeletedEvent(_app.ContainerName, name));

        Assert.Equal(DeleteOutcome.BlobExists, outcome);
        Assert.NotNull(await _store.GetSummaryAsync(RecordIds.FromName(name)));
    }

    [Fact]
    public async Task AnotherEventTypeDeletesNothing()
    {
        var name = TestRecords.Unique("evg-created") + ".txt";
        _ = await IngestAsync(name);
        Assert.True(await _documents.DeleteAsync(name));
        var created = DeletedEvent(_app.ContainerName, name).Replace("BlobDeleted", "BlobCreated", StringComparison.Ordinal);

        var outcome = await _app.Services.GetRequiredService<DeletedBlobHandler>().HandleAsync(created);

        Assert.Equal(DeleteOutcome.Ignored, outcome);
        Assert.NotNull(await _store.GetSummaryAsync(RecordIds.FromName(name)));
    }

    [Fact]
    public async Task AMalformedMessageIsLoggedWithoutItsContentAndDropped()
    {
        const string canary = "canary-7f3a9 https://a.blob.core.windows.net/c/x?sig=secret";
        var logs = new CapturedLogs();
        await using var app = new FunctionApp(logs: logs);

        var outcome = await app.Services.GetRequiredService<DeletedBlobHandler>().HandleAsync("{\"note\": \"" + canary + "\"}");
        await app.Create<DeleteCaseReport>().RunAsync("not an event " + canary, CancellationToken.None);

        Assert.Equal(DeleteOutcome.Malformed, outcome);
        Assert.Equal(2, logs.Entries.Count(e => e.Contains("is not a storage event and was removed", StringComparison.Ordinal)));
        Assert.DoesNotContain("canary-7f3a9", logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStorageFailureThrowsSoTheHostRetriesTheMessage()
    {
        await using var broken = new FunctionApp(new Dictionary<string, string?>
        {
            ["CaseIngest:StorageConnectionString"] = AzuriteConnection.For(1, 1, 1),
            ["CaseIngest:StorageMaxRetries"] = "0",
        });

        var error = await Assert.ThrowsAnyAsync<Exception>(() => broken.Create<DeleteCaseReport>().RunAsync(DeletedEvent(broken.ContainerName, "any.txt"), CancellationToken.None));

        Assert.True(error is Azure.RequestFailedException or AggregateException, error.GetType().Name);
    }

    /// <summary>Uploads and ingests a document through the blob trigger; returns its article id.</summary>
    private async Task<string> IngestAsync(string name)
    {
        await _app.UploadAsync(name, Encoding.UTF8.GetBytes("A man with sarcoma received pembrolizumab. " + name));
        await _app.TriggerAsync(name);
        var summary = await _store.GetSummaryAsync(RecordIds.FromName(name));
        Assert.NotNull(summary);
        Assert.NotEmpty(await _store.GetSourcesAsync(summary.ArticleId!));
        return summary.ArticleId!;
    }

    private static string DeletedEvent(string container, string name) => $$"""
        {"id": "{{Guid.NewGuid()}}", "topic": "/subscriptions/s/resourceGroups/r/providers/Microsoft.Storage/storageAccounts/a",
         "subject": "/blobServices/default/containers/{{container}}/blobs/{{name}}", "eventType": "Microsoft.Storage.BlobDeleted",
         "eventTime": "2026-01-01T00:00:00Z", "data": {"api": "DeleteBlob", "blobType": "BlockBlob", "url": "https://a.blob.core.windows.net/{{container}}/{{name}}"},
         "dataVersion": "", "metadataVersion": "1"}
        """;
}
