using System.Net;
using System.Reflection;
using System.Text;
using CaseIngest.Core;
using CaseIngest.Functions.Tests.Support;
using CaseIngest.Http;
using CaseIngest.LocalHost;
using Microsoft.Azure.Functions.Worker;

namespace CaseIngest.Functions.Tests.Functions;

/// <summary>
/// The HTTP functions, each called through its trigger's route as the host routes it: one function per API route,
/// each behind a function key, answering what the local host answers for the same request (the handlers are shared).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class HttpFunctionTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private FunctionApp _app = null!;
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _ = azurite.ConnectionString;
        _app = new FunctionApp();
        _client = _app.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public void EveryApiRouteHasOneHttpFunctionThatNeedsAFunctionKey()
    {
        var routes = typeof(ApiRoutes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.Name != nameof(ApiRoutes.Prefix))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal);

        var api = HttpFunctionRouter.Functions.Where(f => f.Route.StartsWith(ApiRoutes.Prefix + "/", StringComparison.Ordinal) && f.Method.DeclaringType!.Namespace!.EndsWith(".Api", StringComparison.Ordinal)).ToList();

        Assert.Equal(routes.Select(r => ApiRoutes.Prefix + "/" + r), api.Select(f => f.Route).Order(StringComparer.Ordinal));
        Assert.All(api, f => Assert.Equal(AuthorizationLevel.Function, f.Trigger.AuthLevel));
        Assert.All(api, f => Assert.Equal(["get"], f.Methods));
    }

    [Fact]
    public async Task GetCaseReturnsTheRecordWithItsTextWhenAsked()
    {
        var name = TestRecords.Unique("http-case") + ".txt";
        await _app.UploadAsync(name, Encoding.UTF8.GetBytes("A woman with sarcoma received nivolumab."));
        await _app.TriggerAsync(name);
        var id = RecordIds.FromName(name);

        var plain = await _client.GetJsonAsync($"/api/cases/{id}");
        var withText = await _client.GetJsonAsync($"/api/cases/{id}?includeText=true");

        Assert.False(plain.GetProperty("document").TryGetProperty("text", out var none) && none.ValueKind == System.Text.Json.JsonValueKind.String);
        Assert.Contains("nivolumab", withText.GetProperty("document").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/cases/0123456789abcdef0123456789abcdef?includeText=maybe", HttpStatusCode.BadRequest)]
    [InlineData("/api/cases/0123456789abcdef0123456789abcdef", HttpStatusCode.NotFound)]
    [InlineData("/api/cases?top=0", HttpStatusCode.BadRequest)]
    [InlineData("/api/cases?status=sometimes", HttpStatusCode.BadRequest)]
    [InlineData("/api/facets/colour", HttpStatusCode.NotFound)]
    [InlineData("/api/rejections?top=many", HttpStatusCode.BadRequest)]
    [InlineData("/api/openapi/v2.json", HttpStatusCode.NotFound)]
    public async Task BadRequestsAnswerProblemDetails(string url, HttpStatusCode status)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task EveryListingRouteAnswersThroughItsFunction()
    {
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(new Uri("/api/cases?top=1", UriKind.Relative))).StatusCode);
        Assert.Equal("drug", (await _client.GetJsonAsync("/api/facets/drug")).GetProperty("facet").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Array, (await _client.GetJsonAsync("/api/rejections?top=5")).GetProperty("items").ValueKind);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(new Uri("/api/health", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task HealthIsServiceUnavailableWhenStorageDoesNotAnswer()
    {
        await using var broken = new FunctionApp(new Dictionary<string, string?>
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
        var document = await _client.GetJsonAsync("/api/openapi/v1.json");

        Assert.Equal("CaseIngest API", document.GetProperty("info").GetProperty("title").GetString());
        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/cases", out var cases));
        Assert.Contains(cases.GetProperty("get").GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "continuationToken");
        Assert.False(cases.GetProperty("get").TryGetProperty("requestBody", out _));
        Assert.True(paths.TryGetProperty("/api/facets/{facet}", out _));
        Assert.False(paths.TryGetProperty("/api/IngestCaseReport", out _));
    }

    [Fact]
    public async Task RouteWithoutAFunctionIsNotFound()
    {
        var response = await _client.GetAsync(new Uri("/api/nowhere", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
