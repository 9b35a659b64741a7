using System.Net;
using System.Text;
using CaseIngest.Functions.Tests.Support;
using CaseIngest.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseIngest.Functions.Tests.Security;

/// <summary>
/// Query parameters are data, never OData: quotes, <c>or</c>, <c>ne</c>, parentheses and Unicode look-alikes either
/// find exactly the records holding that literal value or answer 400. No answer is a 500, and none reaches a record
/// the literal value does not name.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Security")]
public sealed class ODataInjectionTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly string[] Attacks =
    [
        "{0}' or 'a' eq 'a",
        "{0}' or PartitionKey ne '",
        "{0}' or RowKey ne '",
        "{0}') or (PartitionKey ne '",
        "{0}' and RowKey ne '",
        "' or PartitionKey ge '",
        "{0}''",
        "{0}'",
        "'",
        "''",
        "{0}%27 or 1 eq 1",
        "{0}\uFF07 or \uFF07a\uFF07 eq \uFF07a",
        "{0}\u02BC or \u02BCa\u02BC eq \u02BCa",
        "{0}\u2019 or true",
        "{0}\u0000",
        "{0}\u0000' or 'a' eq 'a",
        "{0}\u200B",
        "\u202E{0}",
        "{0}|given",
        "{0}/../beta",
        "{0}\\' or 1 eq 1",
        "{0}#",
        "{0}?x=1",
        "*",
        "{0}' or startswith(PartitionKey, 'd')",
        "{0} or true",
        "not {0}",
        "{0}' eq '{0}",
        "{0}\uFFFD",
        "\uD800{0}",
    ];

    private string _token = "";
    private FunctionApp _factory = null!;
    private HttpClient _client = null!;
    private string _alpha = "";
    private string _beta = "";
    private string _quoted = "";

    public static TheoryData<int> AttackNumbers()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Attacks.Length; i++)
        {
            data.Add(i);
        }

        return data;
    }

    public async Task InitializeAsync()
    {
        _ = azurite.ConnectionString;
        _factory = new FunctionApp();
        _client = _factory.CreateClient();
        _token = Guid.NewGuid().ToString("N")[..8];
        var store = _factory.Services.GetRequiredService<CaseStore>();
        var alpha = TestRecords.Make(TestRecords.Unique("odata-alpha"), drugs: ["alpha" + _token], markers: ["m-alpha" + _token], outcomes: ["o-alpha" + _token], diagnoses: ["d-alpha" + _token], doi: "10.1/alpha" + _token, pmid: "1" + _token);
        var beta = TestRecords.Make(TestRecords.Unique("odata-beta"), drugs: ["beta" + _token], markers: ["m-beta" + _token], outcomes: ["o-beta" + _token], diagnoses: ["d-beta" + _token], doi: "10.1/beta" + _token, pmid: "2" + _token);
        var quoted = TestRecords.Make(TestRecords.Unique("odata-quoted"), drugs: ["o'neil's (agent) " + _token]);
        foreach (var record in new[] { alpha, beta, quoted })
        {
            await store.SaveAsync(record, "etag");
        }

        (_alpha, _beta, _quoted) = (alpha.Id, beta.Id, quoted.Id);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Theory]
    [MemberData(nameof(AttackNumbers))]
    public async Task InjectionAttemptInAFilterFindsNothingOrIsRefused(int attack)
    {
        foreach (var (parameter, prefix) in new[] { ("drug", "alpha"), ("marker", "m-alpha"), ("outcome", "o-alpha"), ("diagnosis", "d-alpha"), ("doi", "10.1/alpha"), ("pmid", "1") })
        {
            var value = string.Format(System.Globalization.CultureInfo.InvariantCulture, Attacks[attack], prefix + _token);
            var response = await _client.GetAsync(new Uri($"/api/cases?{parameter}={Uri.EscapeDataString(value)}&top=1000", UriKind.Relative));

            if (response.StatusCode == HttpStatusCode.BadRequest)
            {
                continue;
            }

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await ReadPageAsync(response);
            Assert.DoesNotContain(page, id => id == _beta || id == _quoted);
            if (page.Contains(_alpha))
            {
                Assert.Equal(prefix + _token, CaseIngest.Storage.Keys.IndexKeys.Normalize(value));
            }
        }
    }

    [Theory]
    [InlineData("drug={0}'%20or%20'a'%20eq%20'a")]
    [InlineData("drug={0}%27)%20or%20(PartitionKey%20ne%20%27")]
    [InlineData("drug={0}%00")]
    [InlineData("drug={0}%ED%A0%80")]
    [InlineData("drug={0}%C0%A7%20or%20true")]
    [InlineData("drug={0}%FF%FE")]
    [InlineData("drug={0}&drug=beta")]
    [InlineData("drug[]={0}")]
    [InlineData("drug={0}&%24filter=PartitionKey%20ne%20%27%27")]
    [InlineData("%24filter=PartitionKey%20ne%20%27%27&drug={0}")]
    public async Task RawQueryStringsCannotWidenTheQuery(string query)
    {
        var response = await _client.GetAsync(new Uri("/api/cases?" + string.Format(System.Globalization.CultureInfo.InvariantCulture, query, "alpha" + _token), UriKind.Relative));

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.BadRequest });
        if (response.StatusCode == HttpStatusCode.OK)
        {
            var page = await ReadPageAsync(response);
            Assert.DoesNotContain(page, id => id == _beta || id == _quoted);
        }
    }

    [Fact]
    public async Task QuotesAndParenthesesInARealValueAreMatchedLiterally()
    {
        var page = await _client.GetPageAsync($"/api/cases?drug={Uri.EscapeDataString("O'Neil's  (agent) " + _token)}&top=1000");

        Assert.Equal([_quoted], page.Items.Select(s => s.Id));
    }

    [Fact]
    public async Task ValuesAreMatchedWhateverTheirCaseAndSpacing()
    {
        var page = await _client.GetPageAsync($"/api/cases?drug={Uri.EscapeDataString("  ALPHA" + _token + " ")}&marker=m-alpha{_token}&top=1000");

        Assert.Equal([_alpha], page.Items.Select(s => s.Id));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1001")]
    [InlineData("-1")]
    [InlineData("1e3")]
    [InlineData("50 or 1")]
    [InlineData("99999999999999999999")]
    [InlineData("0x10")]
    [InlineData("%2B5")]
    public async Task TopOutsideOneToAThousandIsRefused(string top)
    {
        foreach (var path in new[] { "/api/cases", "/api/rejections" })
        {
            var response = await _client.GetAsync(new Uri($"{path}?top={top}", UriKind.Relative));

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task TopOfAThousandIsAccepted()
    {
        var response = await _client.GetAsync(new Uri("/api/cases?top=1000", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("drug")]
    [InlineData("marker")]
    [InlineData("outcome")]
    [InlineData("diagnosis")]
    [InlineData("doi")]
    [InlineData("pmid")]
    public async Task OverlongFilterValuesAreRefusedBeforeAnyStorageRequest(string parameter)
    {
        var atLimit = await _client.GetAsync(new Uri($"/api/cases?{parameter}={new string('a', 256)}", UriKind.Relative));
        var overLimit = await _client.GetAsync(new Uri($"/api/cases?{parameter}={new string('a', 257)}", UriKind.Relative));
        var huge = await _client.GetAsync(new Uri($"/api/cases?{parameter}={new string('\'', 20_000)}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, atLimit.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, overLimit.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, huge.StatusCode);
    }

    [Theory]
    [InlineData("' or 'a' eq 'a")]
    [InlineData("djEnIG9yICdhJyBlcSAnYQ")]
    [InlineData("djE6")]
    [InlineData("v1:abc")]
    [InlineData("%00")]
    public async Task ForgedContinuationTokensAreRefused(string token)
    {
        foreach (var path in new[] { "/api/cases?drug=alpha" + _token + "&", "/api/cases?", "/api/rejections?" })
        {
            var response = await _client.GetAsync(new Uri($"{path}continuationToken={Uri.EscapeDataString(token)}", UriKind.Relative));

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
    }

    [Fact]
    public async Task OverlongContinuationTokenIsRefused()
    {
        var token = Convert.ToBase64String(Encoding.UTF8.GetBytes("v1:" + new string('a', 600)));

        var response = await _client.GetAsync(new Uri($"/api/cases?continuationToken={Uri.EscapeDataString(token)}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task TokenCarryingAQuoteOnlyMovesThePageForward()
    {
        var token = Convert.ToBase64String(Encoding.UTF8.GetBytes("v1:' or RowKey ne '")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        var response = await _client.GetAsync(new Uri($"/api/cases?drug=alpha{_token}&continuationToken={token}&top=1000", UriKind.Relative));

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.BadRequest });
        if (response.StatusCode == HttpStatusCode.OK)
        {
            Assert.Equal([_alpha], await ReadPageAsync(response));
        }
    }

    [Theory]
    [InlineData("x' or 'a' eq 'a")]
    [InlineData("' or PartitionKey ne '")]
    [InlineData("..%2F..%2Fx")]
    [InlineData("x%23y")]
    [InlineData("%E2%80%AE")]
    public async Task InjectionInPathSegmentsFindsNothing(string segment)
    {
        var record = await _client.GetAsync(new Uri("/api/cases/" + segment, UriKind.Relative));
        var facet = await _client.GetAsync(new Uri("/api/facets/" + segment, UriKind.Relative));

        Assert.Contains(record.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.BadRequest });
        Assert.Contains(facet.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.BadRequest });
    }

    private static async Task<List<string>> ReadPageAsync(HttpResponseMessage response)
    {
        var page = await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<CasePage>(response.Content, System.Text.Json.JsonSerializerOptions.Web);
        return [.. page!.Items.Select(s => s.Id)];
    }
}
