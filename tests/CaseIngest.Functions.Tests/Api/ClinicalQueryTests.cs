using System.Net;
using System.Text.Json;
using CaseIngest.Application;
using CaseIngest.Core;
using CaseIngest.Functions.Tests.Support;
using CaseIngest.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseIngest.Functions.Tests.Api;

/// <summary>
/// Clinical words in queries, over the seed documents and corpus case reports extracted by the real engine: brand
/// names, outcome abbreviations and spellings, marker aliases, diagnoses by OncoTree hierarchy and abbreviation.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ClinicalQueryTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Corpus = "../shared/corpus/";
    private static readonly CaseEngine RealEngine = new();

    private FunctionApp _factory = null!;
    private HttpClient _client = null!;
    private readonly Dictionary<string, string> _articles = new(StringComparer.Ordinal);

    public async Task InitializeAsync()
    {
        _ = azurite.ConnectionString;
        _factory = new FunctionApp(engine: RealEngine);
        _client = _factory.CreateClient();
        var ingest = _factory.Services.GetRequiredService<IngestService>();
        var store = _factory.Services.GetRequiredService<CaseStore>();
        foreach (var (key, path) in new[]
        {
            ("carcinoma", "seeds/000_cd0038a4c03cef06.txt"),
            ("ups", "seeds/001_d9906991c213f6fe.txt"),
            ("luad", "cases-io/medrbench-PMC11592753.txt"),
            ("hepatic", "cases-io/medrbench-PMC11608042.txt"),
        })
        {
            var name = "clinical/" + Path.GetFileName(path);
            var outcome = await ingest.IngestAsync(name, await File.ReadAllBytesAsync(Path.Combine(RepositoryRoot(), Corpus, path)), null);
            Assert.Null(outcome.ErrorCode);
            _articles[key] = await store.GetArticleIdAsync((await store.GetAsync(outcome.Id))!);
        }
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task ABrandNameFindsTheGenericDrugsCases()
    {
        var answer = await _client.GetJsonAsync("/api/cases?drug=Keytruda&top=1000");

        var articles = ArticlesOf(answer);
        Assert.Contains(_articles["carcinoma"], articles);
        Assert.Contains(_articles["ups"], articles);
        Assert.Contains(_articles["luad"], articles);
        Assert.DoesNotContain(_articles["hepatic"], articles);
        var understood = Assert.Single(answer.GetProperty("interpretedAs").GetProperty("drug").EnumerateArray());
        Assert.Equal("Keytruda", understood.GetProperty("value").GetString());
        Assert.Equal("pembrolizumab", understood.GetProperty("as").GetString());
        Assert.Equal("brand", understood.GetProperty("via").GetString());
    }

    [Theory]
    [InlineData("PR")]
    [InlineData("partial%20response")]
    [InlineData("partial-response")]
    public async Task OutcomeAbbreviationsAndSpellingsFindPartialResponses(string outcome)
    {
        var answer = await _client.GetJsonAsync("/api/cases?top=1000&outcome=" + outcome);

        var articles = ArticlesOf(answer);
        Assert.Contains(_articles["luad"], articles);
        Assert.Contains(_articles["hepatic"], articles);
        Assert.DoesNotContain(_articles["ups"], articles);
        Assert.Equal("partial-response", answer.GetProperty("interpretedAs").GetProperty("outcome")[0].GetProperty("as").GetString());
    }

    [Theory]
    [InlineData("PD-L1%20TPS")]
    [InlineData("CD274")]
    [InlineData("pd-l1")]
    public async Task MarkerAliasesFindPdL1(string marker)
    {
        var answer = await _client.GetJsonAsync("/api/cases?top=1000&marker=" + marker);

        var articles = ArticlesOf(answer);
        Assert.Contains(_articles["carcinoma"], articles);
        Assert.Contains(_articles["luad"], articles);
        Assert.DoesNotContain(_articles["ups"], articles);
        Assert.Equal("PD-L1", answer.GetProperty("interpretedAs").GetProperty("marker")[0].GetProperty("as").GetString());
    }

    [Fact]
    public async Task SarcomaFindsItsSubtypesThroughTheOncoTreeHierarchyInEveryTissue()
    {
        var answer = await _client.GetJsonAsync("/api/cases?top=1000&diagnosis=sarcoma");

        var articles = ArticlesOf(answer);
        Assert.Contains(_articles["ups"], articles);
        Assert.DoesNotContain(_articles["carcinoma"], articles);
        Assert.DoesNotContain(_articles["luad"], articles);
        var understood = answer.GetProperty("interpretedAs").GetProperty("diagnosis")[0];
        Assert.Equal("histology", understood.GetProperty("via").GetString());
        Assert.Contains("MFH", understood.GetProperty("oncoTree").EnumerateArray().Select(c => c.GetString()));
        Assert.Contains("Bone", understood.GetProperty("tissues").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task UpsFindsUndifferentiatedPleomorphicSarcoma()
    {
        var answer = await _client.GetJsonAsync("/api/cases?top=1000&diagnosis=UPS");

        Assert.Contains(_articles["ups"], ArticlesOf(answer));
        Assert.DoesNotContain(_articles["luad"], ArticlesOf(answer));
        Assert.Equal("undifferentiated pleomorphic sarcoma", answer.GetProperty("interpretedAs").GetProperty("diagnosis")[0].GetProperty("as").GetString());
    }

    [Fact]
    public async Task RepeatedDrugsMeanBothAndAListMeansEither()
    {
        var both = ArticlesOf(await _client.GetJsonAsync("/api/cases?top=1000&drug=pembrolizumab&drug=doxorubicin"));
        var either = ArticlesOf(await _client.GetJsonAsync("/api/cases?top=1000&drug=tislelizumab,doxorubicin"));
        var any = ArticlesOf(await _client.GetJsonAsync("/api/cases?top=1000&anyDrug=tislelizumab,doxorubicin"));

        Assert.Contains(_articles["ups"], both);
        Assert.DoesNotContain(_articles["carcinoma"], both);
        Assert.DoesNotContain(_articles["luad"], both);
        Assert.Contains(_articles["ups"], either);
        Assert.Contains(_articles["hepatic"], either);
        Assert.DoesNotContain(_articles["carcinoma"], either);
        Assert.Equal(either.Order(), any.Order());
    }

    [Fact]
    public async Task MarkerResultAndValueFindHighPdL1Expression()
    {
        var fifty = ArticlesOf(await _client.GetJsonAsync("/api/cases?top=1000&marker=PD-L1&minMarkerValue=50"));
        var twenty = ArticlesOf(await _client.GetJsonAsync("/api/cases?top=1000&marker=PD-L1&minMarkerValue=20&maxMarkerValue=40"));
        var positive = ArticlesOf(await _client.GetJsonAsync("/api/cases?top=1000&marker=CD274:positive"));

        Assert.Contains(_articles["carcinoma"], fifty);
        Assert.DoesNotContain(_articles["luad"], fifty);
        Assert.Contains(_articles["luad"], twenty);
        Assert.DoesNotContain(_articles["carcinoma"], twenty);
        Assert.Contains(_articles["luad"], positive);
        Assert.DoesNotContain(_articles["carcinoma"], positive);
    }

    [Fact]
    public async Task PatientAndPublicationFiltersNarrowTheList()
    {
        var women = ArticlesOf(await _client.GetJsonAsync("/api/cases?top=1000&drug=carboplatin&sex=female"));
        var old = ArticlesOf(await _client.GetJsonAsync("/api/cases?top=1000&drug=pembrolizumab&minAge=80"));
        var middle = ArticlesOf(await _client.GetJsonAsync("/api/cases?top=1000&drug=pembrolizumab&minAge=50&maxAge=60"));
        var year = ArticlesOf(await _client.GetJsonAsync("/api/cases?top=1000&drug=pembrolizumab&year=2024"));

        Assert.Contains(_articles["hepatic"], women);
        Assert.DoesNotContain(_articles["luad"], women);
        Assert.Contains(_articles["carcinoma"], old);
        Assert.DoesNotContain(_articles["ups"], old);
        Assert.Contains(_articles["ups"], middle);
        Assert.DoesNotContain(_articles["carcinoma"], middle);
        Assert.Contains(_articles["ups"], year);
        Assert.DoesNotContain(_articles["carcinoma"], year);
    }

    [Fact]
    public async Task AdverseEventsFilterByTermAndGrade()
    {
        var pruritus = ArticlesOf(await _client.GetJsonAsync("/api/cases?top=1000&ae=itching"));
        var gradeOne = ArticlesOf(await _client.GetJsonAsync("/api/cases?top=1000&ae=pruritus&minAeGrade=1"));
        var gradeThree = ArticlesOf(await _client.GetJsonAsync("/api/cases?top=1000&ae=pruritus&minAeGrade=3"));

        Assert.Contains(_articles["ups"], pruritus);
        Assert.DoesNotContain(_articles["luad"], pruritus);
        Assert.Contains(_articles["ups"], gradeOne);
        Assert.DoesNotContain(_articles["ups"], gradeThree);
    }

    [Theory]
    [InlineData("drgu=pembrolizumab", "drgu", "anyDrug")]
    [InlineData("sex=unknown", "sex", "female")]
    [InlineData("minAeGrade=7", "minAeGrade", "1 to 5")]
    [InlineData("year=recent", "year", "four digits")]
    [InlineData("minAge=old", "minAge", "0 to 150")]
    [InlineData("minMarkerValue=50", "minMarkerValue", "marker=PD-L1")]
    [InlineData("marker=PD-L1:great", "marker", "positive")]
    [InlineData("status=maybe", "status", "not-given")]
    public async Task BadParametersAreProblemsNamingTheParameterAndWhatItAccepts(string query, string parameter, string accepted)
    {
        var response = await _client.GetAsync(new Uri("/api/cases?" + query, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var message = Assert.Single(problem.GetProperty("errors").GetProperty(parameter).EnumerateArray()).GetString();
        Assert.Contains(accepted, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownValueIsReportedAsTakenLiterally()
    {
        var answer = await _client.GetJsonAsync("/api/cases?drug=notadrugatall");

        Assert.Empty(answer.GetProperty("items").EnumerateArray());
        Assert.Equal("literal", answer.GetProperty("interpretedAs").GetProperty("drug")[0].GetProperty("via").GetString());
    }

    private static List<string> ArticlesOf(JsonElement answer) =>
        [.. answer.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("articleId").GetString()!)];

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CaseIngest.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }
}
