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
/// A document whose ingest keeps failing is tried again (the blob trigger throws, the host retries) until it has
/// failed MaxIngestAttempts times; then it is recorded as rejected with code ingest-failed and the trigger
/// succeeds, so it neither loops nor ends in the poison queue unexplained.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Reliability")]
public sealed class PoisonDocumentTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly CaseEngine FailingEngine =
        new(pipeline: DefaultPipeline.Create(new EngineOptions()).With(new KeywordStep()).With(new FailingStep()).With(new OversizedFactStep()));

    private FunctionApp _factory = null!;

    public Task InitializeAsync()
    {
        _ = azurite.ConnectionString;
        _factory = new FunctionApp(new Dictionary<string, string?> { ["CaseIngest:MaxIngestAttempts"] = "3" }, FailingEngine);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task DocumentThatKeepsFailingEndsInTheRejectionsAfterThreeAttempts()
    {
        var client = _factory.CreateClient();
        var name = TestRecords.Unique("poison") + "/case.txt";
        await _factory.UploadAsync(name, Encoding.UTF8.GetBytes("A man with sarcoma received pembrolizumab. " + FailingStep.Trigger));

        var outcomes = await DeliverUntilSuccessAsync(name);

        Assert.Equal([false, false, true], outcomes);
        var id = RecordIds.FromName(name);
        var rejections = await client.GetJsonAsync("/api/rejections?top=1000");
        var rejection = Assert.Single(rejections.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetString() == id);
        Assert.Equal(ErrorCodes.IngestFailed, rejection.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/api/cases/{id}", UriKind.Relative))).StatusCode);

        await _factory.TriggerAsync(name);
        Assert.True((await _factory.Services.GetRequiredService<CaseStore>().GetStateAsync(id))!.Rejected);
    }

    [Fact]
    public async Task ConcurrentRetriesOfAFailingDocumentStillEndInOneRejection()
    {
        var client = _factory.CreateClient();
        var name = TestRecords.Unique("poison-concurrent") + ".txt";
        await _factory.UploadAsync(name, Encoding.UTF8.GetBytes("Text. " + FailingStep.Trigger));

        var succeeded = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() => SucceedsAsync(name))));

        Assert.Contains(true, succeeded);
        var rejections = await client.GetJsonAsync("/api/rejections?top=1000");
        var rejection = Assert.Single(rejections.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetString() == RecordIds.FromName(name));
        Assert.Equal(ErrorCodes.IngestFailed, rejection.GetProperty("code").GetString());
    }

    [Fact]
    public async Task FixedVersionOfAFailedDocumentBecomesARecord()
    {
        var client = _factory.CreateClient();
        var name = TestRecords.Unique("poison-fixed") + ".txt";
        await _factory.UploadAsync(name, Encoding.UTF8.GetBytes("A man with sarcoma. " + FailingStep.Trigger));
        Assert.Equal([false, false, true], await DeliverUntilSuccessAsync(name));

        await _factory.UploadAsync(name, Encoding.UTF8.GetBytes("A man with sarcoma received nivolumab."));
        await _factory.TriggerAsync(name);

        var id = RecordIds.FromName(name);
        var record = await _factory.Services.GetRequiredService<CaseStore>().GetAsync(id);
        Assert.Contains(record!.Drugs, d => d.Name == "nivolumab");
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
        var name = TestRecords.Unique("poison-write") + ".txt";
        await _factory.UploadAsync(name, Encoding.UTF8.GetBytes("A man with sarcoma. " + OversizedFactStep.Trigger));

        var outcomes = await DeliverUntilSuccessAsync(name);

        Assert.Equal([false, false, true], outcomes);
        var state = await _factory.Services.GetRequiredService<CaseStore>().GetStateAsync(RecordIds.FromName(name));
        Assert.True(state!.Rejected);
    }

    /// <summary>Deliveries as the host makes them (at most five), until one succeeds: false for each that threw.</summary>
    private async Task<List<bool>> DeliverUntilSuccessAsync(string name)
    {
        var outcomes = new List<bool>();
        while (outcomes.Count < 5 && (outcomes.Count == 0 || !outcomes[^1]))
        {
            outcomes.Add(await SucceedsAsync(name));
        }

        return outcomes;
    }

    private async Task<bool> SucceedsAsync(string name)
    {
        try
        {
            await _factory.TriggerAsync(name);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
        catch (Azure.RequestFailedException)
        {
            return false;
        }
    }
}
