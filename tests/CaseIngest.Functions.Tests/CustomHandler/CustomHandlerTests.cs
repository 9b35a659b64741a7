using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CaseIngest.Core;
using CaseIngest.LocalHost;
using CaseIngest.Functions.Tests.Support;
using CaseIngest.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseIngest.Functions.Tests.CustomHandler;

/// <summary>Host payloads (in the shape the Functions host sends them) replayed against the handler.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class CustomHandlerTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private CaseIngestFactory _factory = null!;

    public Task InitializeAsync()
    {
        _ = azurite.ConnectionString;
        _factory = new CaseIngestFactory();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task ReadinessProbeAnswersOk()
    {
        var response = await _factory.CreateClient().GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("binary-blob.json", "payloads/binary report #1.txt", "pembrolizumab")]
    [InlineData("text-blob-without-binary-datatype.json", "payloads/text-report.txt", "nivolumab")]
    [InlineData("properties-as-json-string.json", "payloads/légacy host ü.txt", "nivolumab")]
    public async Task RecordedPayloadBecomesARecord(string payload, string expectedName, string expectedDrug)
    {
        var client = _factory.CreateClient();

        var response = await PostPayloadAsync(client, payload);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Object, body.GetProperty("Outputs").ValueKind);
        Assert.NotEmpty(body.GetProperty("Logs").EnumerateArray());
        Assert.True(body.TryGetProperty("ReturnValue", out _));
        var id = RecordIds.FromName(expectedName);
        var record = await client.GetJsonAsync($"/api/cases/{id}");
        Assert.Equal(expectedName, record.GetProperty("document").GetProperty("name").GetString());
        Assert.Contains(record.GetProperty("drugs").EnumerateArray(), d => d.GetProperty("name").GetString() == expectedDrug);
        var page = await client.GetPageAsync($"/api/cases?drug={expectedDrug}&top=1000");
        Assert.Contains(page.Items, s => s.ArticleId == record.GetProperty("articleId").GetString());
    }

    [Fact]
    public async Task LogsOfAnInvocationCarryNoDocumentText()
    {
        var response = await PostPayloadAsync(_factory.CreateClient(), "binary-blob.json");

        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("woman", body, StringComparison.Ordinal);
        Assert.DoesNotContain("binary report", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreadableDocumentIsRejectedAndAnswersSuccess()
    {
        var client = _factory.CreateClient();

        var response = await PostPayloadAsync(client, "empty-blob.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = RecordIds.FromName("payloads/empty.txt");
        var missing = await client.GetAsync(new Uri($"/api/cases/{id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        var rejections = await client.GetJsonAsync("/api/rejections?top=1000");
        var rejection = Assert.Single(rejections.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetString() == id);
        Assert.Equal("empty", rejection.GetProperty("code").GetString());
    }

    [Fact]
    public async Task PayloadWithoutBytesReadsTheBlobByName()
    {
        var name = TestRecords.Unique("by-name") + "/report.txt";
        var documents = _factory.Services.GetRequiredService<DocumentStore>();
        await documents.UploadAsync(name, new MemoryStream(Encoding.UTF8.GetBytes("A woman with sarcoma received pembrolizumab.")));
        var payload = JsonSerializer.Serialize(new { Data = new { }, Metadata = new { name = JsonSerializer.Serialize(name) } });

        var response = await _factory.CreateClient().PostAsync(new Uri("/IngestCaseReport", UriKind.Relative), new StringContent(payload, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var record = await _factory.Services.GetRequiredService<CaseStore>().GetAsync(RecordIds.FromName(name));
        Assert.Equal("pembrolizumab", Assert.Single(record!.Drugs).Name);
    }

    [Fact]
    public async Task PayloadWithoutANameIsABadRequestProblem()
    {
        var response = await _factory.CreateClient().PostAsync(
            new Uri("/IngestCaseReport", UriKind.Relative),
            new StringContent("""{"Data":{"blob":"aGVsbG8="},"Metadata":{}}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task StorageFailureAnswersServerErrorSoTheHostRetries()
    {
        await using var broken = new CaseIngestFactory(new Dictionary<string, string?>
        {
            ["CaseIngest:StorageConnectionString"] = AzuriteConnection.For(1, 1, 1),
            ["CaseIngest:StorageMaxRetries"] = "0",
        });

        var response = await PostPayloadAsync(broken.CreateClient(), "binary-blob.json");

        Assert.True((int)response.StatusCode >= 500, response.StatusCode.ToString());
    }

    [Fact]
    public async Task HealthIsServiceUnavailableWhenStorageDoesNotAnswer()
    {
        await using var broken = new CaseIngestFactory(new Dictionary<string, string?>
        {
            ["CaseIngest:StorageConnectionString"] = AzuriteConnection.For(1, 1, 1),
            ["CaseIngest:StorageMaxRetries"] = "0",
        });

        var response = await broken.CreateClient().GetAsync(new Uri("/api/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task OpenApiDocumentDescribesTheQueryApi()
    {
        var document = await _factory.CreateClient().GetJsonAsync("/api/openapi/v1.json");

        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/cases", out var cases));
        Assert.Contains(cases.GetProperty("get").GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "continuationToken");
        Assert.True(paths.TryGetProperty("/api/facets/{facet}", out _));
        Assert.False(paths.TryGetProperty("/IngestCaseReport", out _));
    }

    private static async Task<HttpResponseMessage> PostPayloadAsync(HttpClient client, string payload)
    {
        var json = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Payloads", payload));
        return await client.PostAsync(new Uri("/IngestCaseReport", UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));
    }
}
