using System.Net;
using System.Text.Json;
using CaseIngest.Functions.Tests.Support;
using CaseIngest.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseIngest.Functions.Tests.Browser;

/// <summary>The case browser's pages, assets and export over HTTP (the local host in memory, hand-built records).</summary>
[Collection(AzuriteCollection.Name)]
public sealed class BrowserHttpTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private LocalHostFactory _host = null!;
    private HttpClient _client = null!;
    private CaseStore _store = null!;

    public Task InitializeAsync()
    {
        _ = azurite.ConnectionString;
        _host = new LocalHostFactory();
        _client = _host.CreateClient();
        _store = _host.Services.GetRequiredService<CaseStore>();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task PagesSendAStrictContentSecurityPolicyAndCarryNoInlineScriptOrStyle()
    {
        var u = TestRecords.Unique("csp");
        await _store.SaveAsync(TestRecords.Make(u + ".txt", drugs: [u]), null);

        foreach (var path in new[] { "/?drug=" + u, "/cases/" + Core.RecordIds.FromName(u + ".txt"), "/api/docs" })
        {
            var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
            var html = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.StartsWith("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
            Assert.DoesNotMatch("<script(?![^>]*\\bsrc=)", html);
            Assert.DoesNotContain(" style=", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<style", html, StringComparison.Ordinal);
            Assert.DoesNotContain("http://", html.Replace("https://", "", StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("app.css", "text/css")]
    [InlineData("app.js", "text/javascript")]
    [InlineData("api.js", "text/javascript")]
    public async Task TheAppServesItsOwnAssets(string name, string mediaType)
    {
        var response = await _client.GetAsync(new Uri("/assets/" + name, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 200);
    }

    [Fact]
    public async Task AnUnknownAssetIsNotFound()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(new Uri("/assets/..%2Fsecrets.json", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(new Uri("/assets/other.js", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task TheCsvExportHoldsEveryMatchingRecordAndOnlyThose()
    {
        var u = TestRecords.Unique("export");
        var a = TestRecords.Make(u + "/a.txt", drugs: [u + "-mab"], markers: [u + "-KRAS"]);
        var b = TestRecords.Make(u + "/b.txt", drugs: [u + "-mab"]);
        var c = TestRecords.Make(u + "/c.txt", drugs: [u + "-nib"]);
        foreach (var record in new[] { a, b, c })
        {
            await _store.SaveAsync(record, null);
        }

        var response = await _client.GetAsync(new Uri("/api/export?format=csv&drug=" + u + "-mab", UriKind.Relative));
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(3, lines.Length);
        Assert.Equal(new[] { a.Id, b.Id }.Order(StringComparer.Ordinal), lines.Skip(1).Select(l => l.Split(',')[0]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TheJsonLinesExportAppliesTheYearAndTheTitleText()
    {
        var u = TestRecords.Unique("jsonl");
        var a = TestRecords.Make(u + "/a.txt", drugs: [u + "-mab"]) with { Article = new Core.Model.ArticleInfo { Title = "Sarcoma " + u, Year = 2024 } };
        var b = TestRecords.Make(u + "/b.txt", drugs: [u + "-mab"]) with { Article = new Core.Model.ArticleInfo { Title = "Melanoma " + u, Year = 2024 } };
        var c = TestRecords.Make(u + "/c.txt", drugs: [u + "-mab"]) with { Article = new Core.Model.ArticleInfo { Title = "Sarcoma again " + u, Year = 2023 } };
        foreach (var record in new[] { a, b, c })
        {
            await _store.SaveAsync(record, null);
        }

        var body = await _client.GetStringAsync(new Uri("/api/export?format=jsonl&drug=" + u + "-mab&year=2024&q=sarcoma", UriKind.Relative));
        var ids = body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).ToList();

        Assert.Equal([a.Id], ids);
    }

    [Theory]
    [InlineData("ae=pneumonitis", "ae=pneumonitis", "a,c")]
    [InlineData("ae=pneumonitis&year=2024", "ae=pneumonitis&year=2024", "a")]
    [InlineData("marker=PD-L1&markerResult=positive", "marker=PD-L1:positive", "a,b")]
    [InlineData("marker=CD274&markerResult=negative&year=2023", "marker=CD274:negative&year=2023", "c")]
    public async Task ThePageTheExportAndTheApiSelectTheSameArticles(string browser, string api, string expected)
    {
        var u = TestRecords.Unique("same");
        var records = new Dictionary<string, Core.Model.CaseRecord>
        {
            ["a"] = Make(u, "a", 2024, ("PD-L1", "positive"), "pneumonitis"),
            ["b"] = Make(u, "b", 2024, ("PD-L1", "positive"), "rash"),
            ["c"] = Make(u, "c", 2023, ("PD-L1", "negative"), "pneumonitis"),
        };
        foreach (var record in records.Values)
        {
            await _store.SaveAsync(record, null);
        }

        var wanted = expected.Split(',').Select(k => records[k].Id).Order(StringComparer.Ordinal).ToList();
        var fromApi = (await _client.GetPageAsync($"/api/cases?top=1000&drug={u}&{api}")).Items.Select(i => i.Id).Order(StringComparer.Ordinal);
        var export = await _client.GetStringAsync(new Uri($"/api/export?format=jsonl&drug={u}&{browser}", UriKind.Relative));
        var fromExport = export.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!).Order(StringComparer.Ordinal);
        var page = await _client.GetStringAsync(new Uri($"/?drug={u}&{browser}", UriKind.Relative));

        Assert.Equal(wanted, fromApi);
        Assert.Equal(wanted, fromExport);
        Assert.All(records, r => Assert.Equal(wanted.Contains(r.Value.Id), page.Contains("/cases/" + r.Value.Id, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AMarkerResultWithoutAMarkerIsAProblemNamingIt()
    {
        var response = await _client.GetAsync(new Uri("/api/export?format=csv&markerResult=positive", UriKind.Relative));
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var page = await _client.GetAsync(new Uri("/?markerResult=positive", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("marker", problem.RootElement.GetProperty("errors").GetProperty("markerResult")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("A marker result needs one marker", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static Core.Model.CaseRecord Make(string u, string key, int year, (string Name, string Result) marker, string adverse)
    {
        var evidence = new Core.Model.Evidence(0, 4, "case", "Case presentation");
        return TestRecords.Make(u + "/" + key + ".txt", drugs: [u]) with
        {
            Article = new Core.Model.ArticleInfo { Title = key + " " + u, Year = year },
            Markers = [new Core.Model.MarkerFact { Patient = "P1", Name = marker.Name, Result = marker.Result, Evidence = evidence }],
            AdverseEvents = [new Core.Model.AdverseEventFact { Patient = "P1", Term = adverse, Grade = 2, Evidence = evidence }],
        };
    }

    [Theory]
    [InlineData("format=xml", "format")]
    [InlineData("format=csv&status=maybe", "status")]
    public async Task AnExportThatCannotBeMadeIsAProblemNamingTheParameter(string query, string parameter)
    {
        var response = await _client.GetAsync(new Uri("/api/export?" + query, UriKind.Relative));
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Fact]
    public async Task AnUnknownCaseIsANotFoundPage()
    {
        var response = await _client.GetAsync(new Uri("/cases/" + new string('0', 32), UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("No such record.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
