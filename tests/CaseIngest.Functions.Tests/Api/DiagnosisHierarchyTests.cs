using CaseIngest.Core.Model;
using CaseIngest.Functions.Tests.Support;
using CaseIngest.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseIngest.Functions.Tests.Api;

/// <summary>Generic histology words in <c>diagnosis=</c> reach their subtypes in every tissue, over records that carry them.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DiagnosisHierarchyTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly (string Key, string Name, string? Code)[] Diagnoses =
    [
        ("osteosarcoma", "osteosarcoma", "OS"),
        ("ewing", "ewing sarcoma", "ES"),
        ("chondrosarcoma", "chondrosarcoma", "CHS"),
        ("kaposi", "kaposi sarcoma", null),
        ("ess", "endometrial stromal sarcoma", "ESS"),
        ("ulms", "uterine leiomyosarcoma", "ULMS"),
        ("ups", "undifferentiated pleomorphic sarcoma", "MFH"),
        ("luad", "lung adenocarcinoma", "LUAD"),
        ("breast", "breast invasive ductal carcinoma", "IDC"),
        ("thyroid", "papillary thyroid carcinoma", "THPA"),
        ("melanoma", "cutaneous melanoma", "SKCM"),
        ("uveal", "uveal melanoma", "UM"),
        ("dlbcl", "diffuse large b-cell lymphoma", "DLBCLNOS"),
        ("hodgkin", "classical hodgkin lymphoma", "CHL"),
    ];

    private FunctionApp _factory = null!;
    private HttpClient _client = null!;
    private readonly string _u = TestRecords.Unique("histology");
    private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);

    public async Task InitializeAsync()
    {
        _ = azurite.ConnectionString;
        _factory = new FunctionApp();
        _client = _factory.CreateClient();
        var store = _factory.Services.GetRequiredService<CaseStore>();
        foreach (var (key, name, code) in Diagnoses)
        {
            var record = TestRecords.Make(_u + "/" + key + ".txt", drugs: [_u]) with { Diagnoses = [TestRecords.Diagnosis(name, code)] };
            await store.SaveAsync(record, null);
            _ids[key] = record.Id;
        }
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Theory]
    [InlineData("sarcoma", "osteosarcoma,ewing,chondrosarcoma,kaposi,ess,ulms,ups")]
    [InlineData("carcinoma", "luad,breast,thyroid")]
    [InlineData("melanoma", "melanoma,uveal")]
    [InlineData("lymphoma", "dlbcl,hodgkin")]
    [InlineData("Sarcoma", "osteosarcoma,ewing,chondrosarcoma,kaposi,ess,ulms,ups")]
    [InlineData("osteosarcoma", "osteosarcoma")]
    public async Task AHistologyWordFindsItsSubtypesInEveryTissue(string word, string expected)
    {
        var page = await _client.GetPageAsync($"/api/cases?top=1000&drug={_u}&diagnosis={word}");

        Assert.Equal(expected.Split(',').Select(k => _ids[k]).Order(StringComparer.Ordinal), page.Items.Select(i => i.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task InterpretedAsListsTheNodesTissuesAndNamesASarcomaQueryReaches()
    {
        var answer = await _client.GetJsonAsync($"/api/cases?drug={_u}&diagnosis=sarcoma");

        var understood = answer.GetProperty("interpretedAs").GetProperty("diagnosis")[0];
        Assert.Equal("histology", understood.GetProperty("via").GetString());
        var codes = understood.GetProperty("oncoTree").EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Contains("OS", codes);
        Assert.Contains("ES", codes);
        Assert.Contains("USARC", codes);
        var tissues = understood.GetProperty("tissues").EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Contains("Bone", tissues);
        Assert.Contains("Uterus", tissues);
        Assert.Contains("Soft Tissue", tissues);
        Assert.Contains("kaposi sarcoma", understood.GetProperty("names").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task RepeatedHistologyWordsMeanBothAndAListMeansEither()
    {
        var both = await _client.GetPageAsync($"/api/cases?top=1000&drug={_u}&diagnosis=sarcoma&diagnosis=carcinoma");
        var either = await _client.GetPageAsync($"/api/cases?top=1000&drug={_u}&anyDiagnosis=melanoma,lymphoma");

        Assert.Empty(both.Items);
        Assert.Equal(new[] { "melanoma", "uveal", "dlbcl", "hodgkin" }.Select(k => _ids[k]).Order(StringComparer.Ordinal), either.Items.Select(i => i.Id).Order(StringComparer.Ordinal));
    }
}
