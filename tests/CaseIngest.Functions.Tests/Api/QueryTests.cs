using System.Net;
using CaseIngest.Core.Model;
using CaseIngest.Functions.Tests.Support;
using CaseIngest.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseIngest.Functions.Tests.Api;

/// <summary>The query API over hand-built records, each test with values of its own.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class QueryTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private FunctionApp _factory = null!;
    private HttpClient _client = null!;
    private CaseStore _store = null!;

    public Task InitializeAsync()
    {
        _ = azurite.ConnectionString;
        _factory = new FunctionApp();
        _client = _factory.CreateClient();
        _store = _factory.Services.GetRequiredService<CaseStore>();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task EveryFilterSelectsOnlyMatchingRecords()
    {
        var u = TestRecords.Unique("q");
        var a = TestRecords.Make(u + "/a.txt", drugs: [u + "-mab"], markers: [u + "-PD-L1"], outcomes: [u + "-partial-response"], diagnoses: [u + " sarcoma"], doi: "10.1000/" + u + "/A", pmid: u + "1");
        var b = TestRecords.Make(u + "/b.txt", drugs: [u + "-mab"], status: TreatmentStatus.NotGiven, markers: [u + "-TMB"], outcomes: [u + "-partial-response"], diagnoses: [u + " melanoma"], doi: "10.1000/" + u + "/B", pmid: u + "2");
        var c = TestRecords.Make(u + "/c.txt", drugs: [u + "-nib"], markers: [u + "-PD-L1"], outcomes: [u + "-complete-response"], diagnoses: [u + " sarcoma"]);
        foreach (var record in new[] { a, b, c })
        {
            await _store.SaveAsync(record, null);
        }

        async Task Expect(string query, params CaseRecord[] expected)
        {
            var page = await _client.GetPageAsync("/api/cases?top=1000&" + query);
            Assert.Equal(expected.Select(r => r.Id).Order(), page.Items.Select(i => i.Id).Order());
        }

        static string esc(string value) => Uri.EscapeDataString(value);
        await Expect($"drug={u}-mab", a, b);
        await Expect($"drug={esc(u.ToUpperInvariant())}-MAB", a, b);
        await Expect($"marker={u}-PD-L1", a, c);
        await Expect($"outcome={u}-partial-response", a, b);
        await Expect($"diagnosis={esc(u + " sarcoma")}", a, c);
        await Expect($"doi={esc("10.1000/" + u + "/b")}", b);
        await Expect($"pmid={u}1", a);
        await Expect($"drug={u}-mab&status=not-given", b);
        await Expect($"drug={u}-mab&status=given", a);
        await Expect($"drug={u}-mab&marker={u}-PD-L1&outcome={u}-partial-response", a);
        await Expect($"marker={u}-PD-L1&outcome={u}-partial-response&diagnosis={esc(u + " melanoma")}");
        await Expect($"drug={u}-unknown");
    }

    [Fact]
    public async Task StatusAloneMatchesAnyTreatmentWithThatStatus()
    {
        var u = TestRecords.Unique("status");
        var declined = TestRecords.Make(u + "/declined.txt", drugs: [u + "-mab"], status: TreatmentStatus.NotGiven, markers: [u]);
        var given = TestRecords.Make(u + "/given.txt", drugs: [u + "-mab"], markers: [u]);
        await _store.SaveAsync(declined, null);
        await _store.SaveAsync(given, null);

        var page = await _client.GetPageAsync($"/api/cases?status=not-given&marker={u}");

        Assert.Equal(declined.Id, Assert.Single(page.Items).Id);
    }

    [Fact]
    public async Task TopAndContinuationTokenWalkEveryMatchOnce()
    {
        var u = TestRecords.Unique("pages");
        var records = Enumerable.Range(0, 7).Select(i => TestRecords.Make($"{u}/{i}.txt", drugs: [u], outcomes: [i % 2 == 0 ? u + "-even" : u + "-odd"])).ToList();
        foreach (var record in records)
        {
            await _store.SaveAsync(record, null);
        }

        var seen = await WalkAsync($"/api/cases?drug={u}&top=3");
        Assert.Equal(records.Select(r => r.Id).Order(), seen.Order());
        var even = await WalkAsync($"/api/cases?drug={u}&outcome={u}-even&top=2");
        Assert.Equal(4, even.Count);
        Assert.Equal(even.Count, even.Distinct().Count());
    }

    [Fact]
    public async Task FiltersOverManyCandidatesKeepOnlyRecordsInEveryPartition()
    {
        var u = TestRecords.Unique("many");
        var records = Enumerable.Range(0, 90).Select(i => TestRecords.Make(
            $"{u}/{i:D3}.txt",
            drugs: [u + "-mab"],
            markers: i % 3 == 0 ? [u + "-PD-L1"] : [u + "-TMB"],
            outcomes: i % 2 == 0 ? [u + "-partial-response"] : [])).ToList();
        await Parallel.ForEachAsync(records, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (record, token) => await _store.SaveAsync(record, null, token));

        var both = await WalkAsync($"/api/cases?drug={u}-mab&marker={u}-PD-L1&top=7");
        var three = await WalkAsync($"/api/cases?drug={u}-mab&marker={u}-PD-L1&outcome={u}-partial-response&top=1000");

        Assert.Equal(records.Where((_, i) => i % 3 == 0).Select(r => r.Id).Order(), both.Order());
        Assert.Equal(records.Where((_, i) => i % 6 == 0).Select(r => r.Id).Order(), three.Order());
    }

    [Fact]
    public async Task PagingCoversMoreThanAThousandRecords()
    {
        var u = TestRecords.Unique("bulk");
        var records = Enumerable.Range(0, 1_010).Select(i => TestRecords.Make($"{u}/{i:D4}.txt", drugs: [u], markers: i % 100 == 0 ? [u + "-rare"] : [])).ToList();
        await Parallel.ForEachAsync(records, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (record, token) => await _store.SaveAsync(record, null, token));

        var first = await _client.GetPageAsync($"/api/cases?drug={u}&top=1000");
        Assert.Equal(1000, first.Items.Count);
        Assert.NotNull(first.ContinuationToken);
        var second = await _client.GetPageAsync($"/api/cases?drug={u}&top=1000&continuationToken={Uri.EscapeDataString(first.ContinuationToken)}");
        Assert.Equal(10, second.Items.Count);
        Assert.Null(second.ContinuationToken);
        Assert.Equal(records.Select(r => r.Id).Order(), first.Items.Concat(second.Items).Select(i => i.Id).Order());

        // A rare value beside a common one: the match list runs past the first 1,000 rows of the common partition.
        var rare = await WalkAsync($"/api/cases?drug={u}&marker={u}-rare&top=4");
        Assert.Equal(records.Where((_, i) => i % 100 == 0).Select(r => r.Id).Order(), rare.Order());

        var all = await WalkAsync("/api/cases?top=1000");
        Assert.Superset(records.Select(r => r.Id).ToHashSet(), all.ToHashSet());
        Assert.Equal(all.Count, all.Distinct().Count());
        var facet = await _client.GetJsonAsync("/api/facets/drug");
        Assert.Contains(facet.GetProperty("values").EnumerateArray(), v => v.GetProperty("value").GetString() == u && v.GetProperty("count").GetInt32() == 1_010);
    }

    [Theory]
    [InlineData("top=0", "top")]
    [InlineData("top=1001", "top")]
    [InlineData("top=ten", "top")]
    [InlineData("status=maybe", "status")]
    [InlineData("continuationToken=not-a-token", "continuationToken")]
    public async Task InvalidParametersAreValidationProblems(string query, string parameter)
    {
        var response = await _client.GetAsync(new Uri("/api/cases?" + query, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"\"{parameter}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FacetsCountCasesNotFacts()
    {
        var u = TestRecords.Unique("facet");
        await _store.SaveAsync(TestRecords.Make(u + "/1.txt", markers: [u + "-alk", u + "-alk"]), null);
        await _store.SaveAsync(TestRecords.Make(u + "/2.txt", markers: [u + "-alk", u + "-egfr"]), null);

        var facet = await _client.GetJsonAsync("/api/facets/marker");

        var values = facet.GetProperty("values").EnumerateArray().ToDictionary(v => v.GetProperty("value").GetString()!, v => v.GetProperty("count").GetInt32());
        Assert.Equal(2, values[u + "-alk"]);
        Assert.Equal(1, values[u + "-egfr"]);
    }

    [Fact]
    public async Task UnknownFacetIsANotFoundProblem()
    {
        var response = await _client.GetAsync(new Uri("/api/facets/colour", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task RecordListsOtherDocumentsOfTheSameArticle()
    {
        var u = TestRecords.Unique("article");
        var page = TestRecords.Make(u + "/page.html", doi: "10.1000/" + u, pmid: u);
        var xml = TestRecords.Make(u + "/efetch.xml", doi: "10.1000/" + u.ToUpperInvariant());
        var other = TestRecords.Make(u + "/other.txt", pmid: u + "9");
        foreach (var record in new[] { page, xml, other })
        {
            await _store.SaveAsync(record, null);
        }

        var json = await _client.GetJsonAsync($"/api/cases/{page.Id}");

        var related = json.GetProperty("related").EnumerateArray().ToList();
        var link = Assert.Single(related);
        Assert.Equal(xml.Id, link.GetProperty("id").GetString());
        Assert.Equal("doi", link.GetProperty("via").GetString());
        Assert.Equal(u + "/page.html", json.GetProperty("document").GetProperty("name").GetString());
    }

    [Fact]
    public async Task UnknownCaseIsANotFoundProblem()
    {
        var response = await _client.GetAsync(new Uri("/api/cases/0123456789abcdef0123456789abcdef", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task HealthReportsReachableStorage()
    {
        var health = await _client.GetJsonAsync("/api/health");

        Assert.Equal("healthy", health.GetProperty("status").GetString());
    }

    private async Task<List<string>> WalkAsync(string url)
    {
        var ids = new List<string>();
        string? token = null;
        for (var pages = 0; pages < 100; pages++)
        {
            var page = await _client.GetPageAsync(token is null ? url : url + "&continuationToken=" + Uri.EscapeDataString(token));
            ids.AddRange(page.Items.Select(i => i.Id));
            token = page.ContinuationToken;
            if (token is null)
            {
                return ids;
            }
        }

        throw new InvalidOperationException("Paging did not end.");
    }
}
