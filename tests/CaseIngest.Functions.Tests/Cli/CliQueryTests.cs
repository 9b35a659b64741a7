extern alias cli;

using System.CommandLine;
using System.Text.Json;
using CaseIngest.Core.Model;
using CaseIngest.Functions.Tests.Support;
using cli::CaseIngest.Cli;
using Microsoft.AspNetCore.WebUtilities;

namespace CaseIngest.Functions.Tests.Cli;

/// <summary>
/// <c>query</c> and <c>export</c> take the API's filters as options and answer what <c>GET /api/cases</c> answers for
/// the same values, against the fixture's Azurite.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class CliQueryTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly string _u = TestRecords.Unique("cliparity");
    private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);
    private FunctionApp _factory = null!;
    private HttpClient _client = null!;
    private CliStorage _storage = null!;

    public async Task InitializeAsync()
    {
        _storage = CliStorage.Create(azurite.ConnectionString);
        _factory = new FunctionApp();
        _client = _factory.CreateClient();
        var records = new[]
        {
            Record("os", TestRecords.Diagnosis("osteosarcoma", "OS"), 2023, "female", 15, ("PD-L1", "positive"), ("pneumonitis", 3)),
            Record("kaposi", TestRecords.Diagnosis("kaposi sarcoma", null), 2024, "male", 40, null, ("rash", 1)),
            Record("ess", TestRecords.Diagnosis("endometrial stromal sarcoma", "ESS"), 2024, "female", 52, ("PD-L1", "negative"), null),
            Record("luad", TestRecords.Diagnosis("lung adenocarcinoma", "LUAD"), 2024, "male", 70, ("PD-L1", "positive"), ("pneumonitis", 2)),
        };
        foreach (var (key, record) in records)
        {
            await _storage.Store.SaveAsync(record, null);
            _ids[key] = record.Id;
        }
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Theory]
    [InlineData("diagnosis=sarcoma", "os,kaposi,ess")]
    [InlineData("diagnosis=carcinoma", "luad")]
    [InlineData("ae=pneumonitis", "os,luad")]
    [InlineData("ae=pneumonitis&minAeGrade=3", "os")]
    [InlineData("anyAe=pneumonitis,rash&sex=male", "kaposi,luad")]
    [InlineData("year=2024&sex=female", "ess")]
    [InlineData("year=2023,2024&minAge=30&maxAge=60", "kaposi,ess")]
    [InlineData("marker=PD-L1:positive", "os,luad")]
    [InlineData("marker=CD274:positive&diagnosis=sarcoma", "os")]
    [InlineData("diagnosis=sarcoma&diagnosis=osteosarcoma", "os")]
    [InlineData("anyDiagnosis=osteosarcoma,carcinoma", "os,luad")]
    public async Task TheQueryCommandAnswersWhatTheApiAnswers(string query, string expected)
    {
        var api = await _client.GetJsonAsync($"/api/cases?top=1000&drug={_u}&{query}");
        var output = new StringWriter();

        var exit = await QueryCommand.RunAsync(_storage, Parse(query), 1000, null, output, new StringWriter(), CancellationToken.None);

        Assert.Equal(0, exit);
        var cli = JsonDocument.Parse(output.ToString()).RootElement;
        var wanted = expected.Split(',').Select(k => _ids[k]).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(wanted, Ids(api));
        Assert.Equal(wanted, Ids(cli));
        Assert.Equal(JsonSerializer.Serialize(api.GetProperty("interpretedAs")), JsonSerializer.Serialize(cli.GetProperty("interpretedAs")));
    }

    [Fact]
    public async Task TheExportWritesTheApisArticlesAndSaysOnStandardErrorHowTheValuesWereRead()
    {
        var api = await _client.GetJsonAsync($"/api/cases?top=1000&drug={_u}&diagnosis=sarcoma&ae=pneumonitis");
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await ExportCommand.RunAsync(_storage, Parse("diagnosis=sarcoma&ae=pneumonitis"), "jsonl", output, error, CancellationToken.None);

        Assert.Equal(0, exit);
        var ids = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!).Order(StringComparer.Ordinal);
        Assert.Equal([_ids["os"]], ids);
        Assert.Equal(Ids(api), ids);
        var interpreted = error.ToString().Split('\n').Single(l => l.StartsWith("interpretedAs: ", StringComparison.Ordinal));
        var diagnosis = JsonDocument.Parse(interpreted["interpretedAs: ".Length..]).RootElement.GetProperty("diagnosis")[0];
        Assert.Equal("histology", diagnosis.GetProperty("via").GetString());
        Assert.Contains("Bone", diagnosis.GetProperty("tissues").EnumerateArray().Select(t => t.GetString()));
    }

    [Theory]
    [InlineData("--sex unknown", "--sex (sex): ", "female")]
    [InlineData("--min-ae-grade 7", "--min-ae-grade (minAeGrade): ", "1 to 5")]
    [InlineData("--year recent", "--year (year): ", "four digits")]
    [InlineData("--min-age old", "--min-age (minAge): ", "0 to 150")]
    [InlineData("--min-marker-value 50", "--min-marker-value (minMarkerValue): ", "marker=PD-L1")]
    [InlineData("--marker PD-L1:great", "--marker (marker): ", "positive")]
    [InlineData("--status maybe", "--status (status): ", "not-given")]
    public async Task AValueTheApiRefusesExitsWithTwoNamingTheOptionAndWhatItAccepts(string arguments, string option, string accepted)
    {
        var filters = ParseArguments(arguments.Split(' '));
        var queryOutput = new StringWriter();
        var queryError = new StringWriter();
        var exportOutput = new StringWriter();
        var exportError = new StringWriter();

        var query = await QueryCommand.RunAsync(_storage, filters, 50, null, queryOutput, queryError, CancellationToken.None);
        var export = await ExportCommand.RunAsync(_storage, filters, "csv", exportOutput, exportError, CancellationToken.None);

        Assert.Equal(2, query);
        Assert.Equal(2, export);
        Assert.Empty(queryOutput.ToString());
        Assert.Empty(exportOutput.ToString());
        foreach (var error in new[] { queryError.ToString(), exportError.ToString() })
        {
            Assert.StartsWith(option, error, StringComparison.Ordinal);
            Assert.Contains(accepted, error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EveryFilterOfTheApiIsAnOptionAndRepeatedOptionsKeepEachValue()
    {
        var filters = ParseArguments(["--drug", "a", "--drug", "b,c", "--any-ae", "rash", "--min-ae-grade", "3", "--max-age", "60"]);

        Assert.Equal(["a", "b,c"], filters["drug"]);
        Assert.Equal(["rash"], filters["anyAe"]);
        Assert.Equal(["3"], filters["minAeGrade"]);
        Assert.Equal(["60"], filters["maxAge"]);
        var command = new Command("query");
        new QueryFilters().AddTo(command);
        Assert.All(Application.CaseQueryInput.FilterParameters, p => Assert.Contains(command.Options, o => o.Name == QueryFilters.OptionOf(p)));
    }

    private (string Key, CaseRecord Record) Record(string key, Diagnosis diagnosis, int year, string sex, int age, (string Name, string Result)? marker, (string Term, int Grade)? adverse)
    {
        var evidence = new Evidence(0, 4, "case", "Case presentation");
        var record = TestRecords.Make(_u + "/" + key + ".txt", drugs: [_u]) with
        {
            Article = new ArticleInfo { Title = key, Year = year },
            Patients = [new Patient { Id = "P1", AgeYears = age, Sex = sex }],
            Diagnoses = [diagnosis],
            Markers = marker is { } m ? [new MarkerFact { Patient = "P1", Name = m.Name, Result = m.Result, Evidence = evidence }] : [],
            AdverseEvents = adverse is { } a ? [new AdverseEventFact { Patient = "P1", Term = a.Term, Grade = a.Grade, Evidence = evidence }] : [],
        };
        return (key, record);
    }

    /// <summary>A query string as command-line options (<c>minAeGrade=3</c> is <c>--min-ae-grade 3</c>), parsed as the CLI parses them, with the test's drug.</summary>
    private Dictionary<string, IReadOnlyList<string>> Parse(string query) =>
        ParseArguments([
            "--drug", _u,
            .. QueryHelpers.ParseQuery("?" + query).SelectMany(p => p.Value.SelectMany(v => new[] { QueryFilters.OptionOf(p.Key), v! })),
        ]);

    private static Dictionary<string, IReadOnlyList<string>> ParseArguments(string[] arguments)
    {
        var filters = new QueryFilters();
        var command = new Command("query");
        filters.AddTo(command);
        var parse = command.Parse(arguments);
        Assert.Empty(parse.Errors);
        return filters.Read(parse);
    }

    private static List<string> Ids(JsonElement answer) =>
        [.. answer.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).Order(StringComparer.Ordinal)];
}
