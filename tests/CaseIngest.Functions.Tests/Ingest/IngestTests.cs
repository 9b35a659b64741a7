using System.Text;
using CaseIngest.Core;
using CaseIngest.Functions.Tests.Support;
using CaseIngest.Storage;
using CaseIngest.Storage.Keys;
using Microsoft.Extensions.DependencyInjection;

namespace CaseIngest.Functions.Tests.Ingest;

/// <summary>Documents through the ingest service: re-uploads, duplicate deliveries, awkward names.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class IngestTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private FunctionApp _factory = null!;
    private IngestService _ingest = null!;
    private CaseStore _store = null!;
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _ = azurite.ConnectionString;
        _factory = new FunctionApp();
        _ingest = _factory.Services.GetRequiredService<IngestService>();
        _store = _factory.Services.GetRequiredService<CaseStore>();
        _client = _factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task ReuploadReplacesTheRecordAndRemovesStaleFactsAndIndexRows()
    {
        var name = TestRecords.Unique("reupload") + ".txt";
        var id = RecordIds.FromName(name);
        var first = await IngestTextAsync(name, "A man with sarcoma received pembrolizumab and nivolumab. PD-L1 was high. He had a partial response.");
        Assert.Equal(IngestStatus.Created, first.Status);
        Assert.Contains(ArticleIds.Of((await _store.GetAsync(id))!), await ArticleIdsAsync("/api/cases?drug=pembrolizumab&marker=PD-L1&top=1000"));

        var second = await IngestTextAsync(name, "A man with sarcoma received nivolumab.");

        Assert.Equal(IngestStatus.Updated, second.Status);
        var record = await _store.GetAsync(id);
        Assert.Equal("nivolumab", Assert.Single(record!.Drugs).Name);
        Assert.Empty(record.Markers);
        Assert.DoesNotContain(id, await IdsAsync("/api/cases?drug=pembrolizumab&top=1000"));
        Assert.DoesNotContain(id, await IdsAsync("/api/cases?marker=PD-L1&top=1000"));
        Assert.DoesNotContain(id, await IdsAsync("/api/cases?outcome=partial-response&top=1000"));
        // The same text may be stored under other names too: it is one article, listed once.
        var article = ArticleIds.Of(record);
        Assert.DoesNotContain(article, await ArticleIdsAsync("/api/cases?drug=pembrolizumab&top=1000"));
        Assert.Contains(article, await ArticleIdsAsync("/api/cases?drug=nivolumab&top=1000"));
    }

    [Fact]
    public async Task SameDocumentDeliveredAgainIsNotWrittenTwice()
    {
        var name = TestRecords.Unique("again") + ".txt";

        var first = await IngestTextAsync(name, "A woman with sarcoma received pembrolizumab.");
        var second = await IngestTextAsync(name, "A woman with sarcoma received pembrolizumab.");

        Assert.Equal(IngestStatus.Created, first.Status);
        Assert.Equal(IngestStatus.Unchanged, second.Status);
    }

    [Fact]
    public async Task SameBytesUploadedAgainAreRememberedAtTheirNewETag()
    {
        var name = TestRecords.Unique("etag") + ".txt";
        var bytes = Encoding.UTF8.GetBytes("A woman with sarcoma received pembrolizumab.");
        await _ingest.IngestAsync(name, bytes, "etag-a");

        var again = await _ingest.IngestAsync(name, bytes, "etag-b");

        Assert.Equal(IngestStatus.Unchanged, again.Status);
        Assert.True(await _ingest.IsCurrentAsync(name, "etag-b"));
        Assert.False(await _ingest.IsCurrentAsync(name, "etag-a"));
    }

    [Fact]
    public async Task ConcurrentDuplicateDeliveriesLeaveExactlyOneRecord()
    {
        var name = TestRecords.Unique("duplicate") + ".txt";
        var bytes = Encoding.UTF8.GetBytes("A woman with sarcoma received pembrolizumab and had a partial response.");

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => _ingest.IngestAsync(name, bytes, "etag-1", force: true))));

        Assert.All(outcomes, o => Assert.NotEqual(IngestStatus.Rejected, o.Status));
        var id = RecordIds.FromName(name);
        Assert.Single(await IdsAsync("/api/cases?drug=pembrolizumab&outcome=partial-response&top=1000"), i => i == id);
        var record = await _store.GetAsync(id);
        Assert.Single(record!.Drugs);
        Assert.Single(record.Outcomes);
    }

    [Theory]
    [InlineData("folder/sub folder/report #1?.txt")]
    [InlineData(@"windows\style\name.txt")]
    [InlineData("résumé du cas – 日本語.txt")]
    [InlineData("percent%2Fslash|pipe.txt")]
    public async Task AwkwardBlobNamesWork(string suffix)
    {
        var name = TestRecords.Unique("names") + "/" + suffix;
        var documents = _factory.Services.GetRequiredService<DocumentStore>();
        await documents.UploadAsync(name, new MemoryStream(Encoding.UTF8.GetBytes("A man with sarcoma received nivolumab.")));

        var outcome = await _ingest.IngestBlobAsync(name);

        Assert.NotNull(outcome);
        Assert.Equal(IngestStatus.Created, outcome.Status);
        var json = await _client.GetJsonAsync($"/api/cases/{outcome.Id}?includeText=true");
        Assert.Equal(name, json.GetProperty("document").GetProperty("name").GetString());
        Assert.Equal("A man with sarcoma received nivolumab.", json.GetProperty("document").GetProperty("text").GetString()!.Trim());
    }

    [Fact]
    public async Task EvidenceSpansIndexTheTextReturnedWithIncludeText()
    {
        var name = TestRecords.Unique("text") + ".txt";
        var documents = _factory.Services.GetRequiredService<DocumentStore>();
        await documents.UploadAsync(name, new MemoryStream(Encoding.UTF8.GetBytes("Case report.\nA woman with sarcoma received pembrolizumab.")));
        var outcome = await _ingest.IngestBlobAsync(name);

        var json = await _client.GetJsonAsync($"/api/cases/{outcome!.Id}?includeText=true");

        var text = json.GetProperty("document").GetProperty("text").GetString()!;
        var evidence = json.GetProperty("drugs")[0].GetProperty("evidence");
        var start = evidence.GetProperty("start").GetInt32();
        Assert.Equal(evidence.GetProperty("text").GetString(), text[start..evidence.GetProperty("end").GetInt32()]);
        var without = await _client.GetJsonAsync($"/api/cases/{outcome.Id}");
        Assert.False(without.GetProperty("document").TryGetProperty("text", out _));
    }

    [Fact]
    public async Task TextOfADocumentChangedSinceExtractionIsAConflict()
    {
        var name = TestRecords.Unique("changed") + ".txt";
        var documents = _factory.Services.GetRequiredService<DocumentStore>();
        await documents.UploadAsync(name, new MemoryStream(Encoding.UTF8.GetBytes("A woman with sarcoma received pembrolizumab.")));
        var outcome = await _ingest.IngestBlobAsync(name);
        await documents.UploadAsync(name, new MemoryStream(Encoding.UTF8.GetBytes("A different text.")));

        var response = await _client.GetAsync(new Uri($"/api/cases/{outcome!.Id}?includeText=true", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task RejectedDocumentIsListedAndAReadableVersionClearsIt()
    {
        var name = TestRecords.Unique("rejected") + ".txt";

        var rejected = await IngestTextAsync(name, "");
        Assert.Equal(IngestStatus.Rejected, rejected.Status);
        Assert.Equal("empty", rejected.ErrorCode);
        Assert.Contains(rejected.Id, await RejectionIdsAsync());

        var fixedVersion = await IngestTextAsync(name, "A woman with sarcoma received pembrolizumab.");

        Assert.Equal(IngestStatus.Created, fixedVersion.Status);
        Assert.DoesNotContain(rejected.Id, await RejectionIdsAsync());
    }

    [Fact]
    public async Task BlobDroppedIntoTheContainerBecomesARecordThroughTheWatcher()
    {
        await using var watching = new LocalHostFactory(new Dictionary<string, string?>
        {
            ["CaseIngest:Local:Watch"] = "true",
            ["CaseIngest:Local:PollIntervalMilliseconds"] = "200",
            ["CaseIngest:Local:DropDirectory"] = Path.Combine(Path.GetTempPath(), TestRecords.Unique("drop")),
        });
        var client = watching.CreateClient();
        var name = TestRecords.Unique("watched") + "/case.txt";
        var documents = watching.Services.GetRequiredService<DocumentStore>();

        await documents.UploadAsync(name, new MemoryStream(Encoding.UTF8.GetBytes("A man with sarcoma received pembrolizumab.")));

        var id = RecordIds.FromName(name);
        await ApiJson.WaitUntilAsync(async () => (await client.GetAsync(new Uri($"/api/cases/{id}", UriKind.Relative))).IsSuccessStatusCode);
        var articleId = (await client.GetJsonAsync($"/api/cases/{id}")).GetProperty("articleId").GetString();
        Assert.Contains(articleId, (await client.GetPageAsync("/api/cases?drug=pembrolizumab&top=1000")).Items.Select(i => i.ArticleId));
    }

    [Fact]
    public async Task FileCopiedIntoTheDropFolderBecomesARecord()
    {
        var drop = Path.Combine(Path.GetTempPath(), TestRecords.Unique("drop"));
        Directory.CreateDirectory(Path.Combine(drop, "nested"));
        try
        {
            await using var watching = new LocalHostFactory(new Dictionary<string, string?>
            {
                ["CaseIngest:Local:Watch"] = "true",
                ["CaseIngest:Local:PollIntervalMilliseconds"] = "200",
                ["CaseIngest:Local:DropDirectory"] = drop,
            });
            var client = watching.CreateClient();
            var relative = "nested/" + TestRecords.Unique("copied") + " ü.txt";

            await File.WriteAllTextAsync(Path.Combine(drop, relative), "A woman with sarcoma received nivolumab.");

            var id = RecordIds.FromName(relative);
            await ApiJson.WaitUntilAsync(async () => (await client.GetAsync(new Uri($"/api/cases/{id}", UriKind.Relative))).IsSuccessStatusCode);
            var json = await client.GetJsonAsync($"/api/cases/{id}");
            Assert.Equal(relative, json.GetProperty("document").GetProperty("name").GetString());
        }
        finally
        {
            Directory.Delete(drop, recursive: true);
        }
    }

    private Task<IngestOutcome> IngestTextAsync(string name, string text) =>
        _ingest.IngestAsync(name, Encoding.UTF8.GetBytes(text), "etag-" + text.Length);

    private async Task<List<string>> IdsAsync(string url) => [.. (await _client.GetPageAsync(url)).Items.Select(i => i.Id)];

    private async Task<List<string?>> ArticleIdsAsync(string url) => [.. (await _client.GetPageAsync(url)).Items.Select(i => i.ArticleId)];

    private async Task<List<string>> RejectionIdsAsync()
    {
        var json = await _client.GetJsonAsync("/api/rejections?top=1000");
        return [.. json.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetString()!)];
    }
}
