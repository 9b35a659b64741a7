using System.Net;
using System.Text;
using CaseIngest.Core;
using CaseIngest.Functions.Tests.Support;
using CaseIngest.Http.Browser;
using Microsoft.Azure.Functions.Worker;

namespace CaseIngest.Functions.Tests.Functions;

/// <summary>
/// The case browser as HTTP functions, called through their triggers' routes as the host routes them (empty route
/// prefix): pages and export behind a function key like the API, the API page and the assets anonymous.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class BrowserFunctionTests(AzuriteFixture azurite) : IAsyncLifetime
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

    [Theory]
    [InlineData("SearchPage", BrowserRoutes.Search, AuthorizationLevel.Function)]
    [InlineData("CasePage", BrowserRoutes.Case, AuthorizationLevel.Function)]
    [InlineData("ExportCases", BrowserRoutes.Export, AuthorizationLevel.Function)]
    [InlineData("ApiPage", BrowserRoutes.ApiPage, AuthorizationLevel.Anonymous)]
    [InlineData("Asset", BrowserRoutes.Asset, AuthorizationLevel.Anonymous)]
    public void EveryBrowserRouteHasOneGetFunctionWithItsKeyRule(string name, string route, AuthorizationLevel level)
    {
        var function = Assert.Single(HttpFunctionRouter.Functions, f => f.Name == name);

        Assert.Equal(level, function.Trigger.AuthLevel);
        Assert.Equal(["get"], function.Methods);
        if (route != BrowserRoutes.Search)
        {
            Assert.Equal(route, "/" + function.Route);
        }
    }

    [Fact]
    public async Task SearchPageIsServedAtTheRootWithItsSecurityHeadersAndKeepsTheKeyInItsLinks()
    {
        var response = await _client.GetAsync(new Uri("/?code=k3y", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("code=k3y", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CasePageMarksTheEvidenceInTheDocumentText()
    {
        var name = TestRecords.Unique("http-page") + ".txt";
        await _app.UploadAsync(name, Encoding.UTF8.GetBytes($"A woman with sarcoma received nivolumab (case {Guid.NewGuid():N})."));
        await _app.TriggerAsync(name);

        var response = await _client.GetAsync(new Uri("/cases/" + RecordIds.FromName(name) + "?code=k3y", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Matches("<mark id=\"[^\"]+\" data-kind=\"drug\">.*nivolumab.*</mark>", html);
        Assert.Contains("code=k3y", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCasePageIsNotFound()
    {
        var response = await _client.GetAsync(new Uri("/cases/0123456789abcdef0123456789abcdef", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task ExportIsCsvOfTheSelectedRecords()
    {
        var name = TestRecords.Unique("http-export") + ".txt";
        await _app.UploadAsync(name, Encoding.UTF8.GetBytes($"A woman with sarcoma received nivolumab (case {Guid.NewGuid():N})."));
        await _app.TriggerAsync(name);
        var id = RecordIds.FromName(name);

        var response = await _client.GetAsync(new Uri("/api/export?format=csv&drug=nivolumab", UriKind.Relative));
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Contains(lines.Skip(1), l => l.StartsWith(id + ",", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExportInAnUnknownFormatIsRefused()
    {
        var response = await _client.GetAsync(new Uri("/api/export?format=xlsx", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("app.css", "text/css")]
    [InlineData("app.js", "text/javascript")]
    [InlineData("api.js", "text/javascript")]
    public async Task AssetsAreServedByName(string name, string mediaType)
    {
        var response = await _client.GetAsync(new Uri("/assets/" + name, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 200);
    }

    [Theory]
    [InlineData("/assets/..%2Fhost.json")]
    [InlineData("/assets/..%2F..%2FCaseIngest.Functions.dll")]
    [InlineData("/assets/%2E%2E%5Cappsettings.json")]
    [InlineData("/assets/other.js")]
    [InlineData("/assets/APP.CSS")]
    public async Task AnythingButAnEmbeddedAssetIsNotFound(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ApiPageIsServedWithTheKeyInItsLinks()
    {
        var response = await _client.GetAsync(new Uri("/api/docs?code=k3y", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("/assets/api.js", html, StringComparison.Ordinal);
        Assert.Contains("code=k3y", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApiDocumentDescribesTheExportWithTheFunctionKeySchemes()
    {
        var document = await _client.GetJsonAsync("/api/openapi/v1.json");

        Assert.True(document.GetProperty("paths").TryGetProperty("/api/export", out _));
        Assert.False(document.GetProperty("paths").TryGetProperty("/", out _));
        Assert.True(document.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("functionKeyQuery", out _));
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/cases")]
    [InlineData("/api")]
    public async Task PathsOutsideTheRoutesAreNotFound(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
