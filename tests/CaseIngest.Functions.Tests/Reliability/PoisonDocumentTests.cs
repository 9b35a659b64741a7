using System.Net;
using System.Text;
using CaseIngest.Core;
using CaseIngest.Core.Extraction;
using CaseIngest.Core.Model;
using CaseIngest.Functions.Tests.Support;
using CaseIngest.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseIngest.Functions.Tests.Reliability;

/// <summary>
/// A document whose ingest keeps failing is tried again (the handler answers 500, the host retries) until it has
/// failed MaxIngestAttempts times; then it is recorded as rejected with code ingest-failed and the handler answers
/// 200, so it neither loops nor ends in the poison queue unexplained.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Reliability")]
public sealed class PoisonDocumentTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly CaseEngine FailingEngine =
        new(pipeline: DefaultPipeline.Create(new EngineOptions()).With(new KeywordStep()).With(new FailingStep()).With(new OversizedFactStep()));

    private PipelineFactory _factory = null!;

    public Task InitializeAsync()
    {
        _ = azurite.ConnectionString;
        _factory = new PipelineFactory(new Dictionary<string, string?> { ["CaseIngest:MaxIngestAttempts"] = "3" }, FailingEngine);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task DocumentThatKeepsFailingEndsInTheRejectionsAfterThreeAttempts()
    {
        var client = _factory.CreateClient();
        var name = TestRecords.Unique("poison") + "/case.txt";
        var bytes = Encoding.UTF8.GetBytes("A man with sarcoma received pembrolizumab. " + FailingStep.Trigger);
        var payload = HostPayloads.BlobTrigger(name, bytes, "0x8DD000000000001");

        var codes = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var response = await client.PostAsync(payload);
            codes.Add(response.StatusCode);
            if (response.IsSuccessStatusCode)
            {
                Assert.Equal("Rejected", await HostPayloads.StatusOfAsync(response));
                break;
            }
        }

        Assert.Equal([HttpStatusCode.InternalServerError, HttpStatusCode.InternalServerError, HttpStatusCode.OK], codes);
        var id = RecordIds.FromName(name);
        var rejections = await client.GetJsonAsync("/api/rejections?top=1000");
        var rejection = Assert.Single(rejections.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetString() == id);
        Assert.Equal(ErrorCodes.IngestFailed, rejection.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/api/cases/{id}", UriKind.Relative))).StatusCode);

        var again = await client.PostAsync(payload);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("Rejected", await HostPayloads.StatusOfAsync(again));
    }

    [Fact]
    public async Task ConcurrentRetriesOfAFailingDocumentStillEndInOneRejection()
    {
        var client = _factory.CreateClient();
        var name = TestRecords.Unique("poison-concurrent") + ".txt";
        var payload = HostPayloads.BlobTrigger(name, Encoding.UTF8.GetBytes("Text. " + FailingStep.Trigger), "0x8DD000000000002");

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() => client.PostAsync(payload))));

        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.InternalServerError }));
        var rejections = await client.GetJsonAsync("/api/rejections?top=1000");
        var rejection = Assert.Single(rejections.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetString() == RecordIds.FromName(name));
        Assert.Equal(ErrorCodes.IngestFailed, rejection.GetProperty("code").GetString());
    }

    [Fact]
    public async Task FixedVersionOfAFailedDocumentBecomesARecord()
    {
        var client = _factory.CreateClient();
        var name = TestRecords.Unique("poison-fixed") + ".txt";
        var failing = HostPayloads.BlobTrigger(name, Encoding.UTF8.GetBytes("A man with sarcoma. " + FailingStep.Trigger), "0x8DD000000000003");
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await client.PostAsync(failing);
        }

        var response = await client.PostAsync(HostPayloads.BlobTrigger(name, Encoding.UTF8.GetBytes("A man with sarcoma received nivolumab."), "0x8DD000000000004"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Created", await HostPayloads.StatusOfAsync(response));
        var id = RecordIds.FromName(name);
        var rejections = await client.GetJsonAsync("/api/rejections?top=1000");
        Assert.DoesNotContain(rejections.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetString() == id);
        Assert.Empty(await StoredRows.CheckAsync(_factory.Services.GetRequiredService<StorageTables>(), _factory.Services.GetRequiredService<CaseStore>(), [id]));
    }

    [Fact]
    public async Task IngestServiceGivesUpAtItsAttemptLimit()
    {
        var store = _factory.Services.GetRequiredService<CaseStore>();
        var documents = _factory.Services.GetRequiredService<DocumentStore>();
        var ingest = new IngestService(FailingEngine, store, documents, maxAttempts: 2);
        var name = TestRecords.Unique("poison-service") + ".txt";
        var bytes = Encoding.UTF8.GetBytes("Text. " + FailingStep.Trigger);

        await Assert.ThrowsAsync<InvalidOperationException>(() => ingest.IngestAsync(name, bytes, "etag"));
        var outcome = await ingest.IngestAsync(name, bytes, "etag");

        Assert.Equal(IngestStatus.Rejected, outcome.Status);
        Assert.Equal(ErrorCodes.IngestFailed, outcome.ErrorCode);
        Assert.True((await store.GetStateAsync(outcome.Id))!.Rejected);
    }

    [Fact]
    public async Task WriteThatKeepsFailingForOneDocumentEndsInTheRejections()
    {
        var client = _factory.CreateClient();
        var name = TestRecords.Unique("poison-write") + ".txt";
        var payload = HostPayloads.BlobTrigger(name, Encoding.UTF8.GetBytes("A man with sarcoma. " + OversizedFactStep.Trigger), "0x8DD000000000005");

        var codes = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 5 && (codes.Count == 0 || codes[^1] != HttpStatusCode.OK); attempt++)
        {
            codes.Add((await client.PostAsync(payload)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.InternalServerError, HttpStatusCode.InternalServerError, HttpStatusCode.OK], codes);
        var state = await _factory.Services.GetRequiredService<CaseStore>().GetStateAsync(RecordIds.FromName(name));
        Assert.True(state!.Rejected);
    }
}
