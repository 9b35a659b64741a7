using System.Text.Json;
using CaseIngest.Functions.Tests.Support;

namespace CaseIngest.Functions.Tests.Api;

/// <summary>The local host's OpenAPI document: every response, the function-key scheme, the server of the request.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class OpenApiDocumentTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task EveryOperationListsItsResponsesAndTheKeyAnswer()
    {
        _ = azurite.ConnectionString;
        await using var host = new LocalHostFactory();
        using var document = JsonDocument.Parse(await host.CreateClient().GetStringAsync(new Uri("/api/openapi/v1.json", UriKind.Relative)));
        var paths = document.RootElement.GetProperty("paths");

        string[] Responses(string path) => [.. paths.GetProperty(path).GetProperty("get").GetProperty("responses").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];

        Assert.Equal(["200", "400", "401"], Responses("/api/cases"));
        Assert.Equal(["200", "400", "401", "404", "409"], Responses("/api/cases/{id}"));
        Assert.Equal(["200", "401", "404"], Responses("/api/facets/{facet}"));
        Assert.Equal(["200", "400", "401"], Responses("/api/rejections"));
        Assert.Equal(["200", "401", "503"], Responses("/api/health"));
        Assert.Equal(["200", "400", "401"], Responses("/api/export"));
        var exportParameters = paths.GetProperty("/api/export").GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Equal(["format", "drug", "status", "marker", "markerResult", "outcome", "diagnosis", "ae", "year", "q"], exportParameters);
    }

    [Fact]
    public async Task TheFunctionKeySchemeIsDeclaredAsHeaderOrQueryParameter()
    {
        _ = azurite.ConnectionString;
        await using var host = new LocalHostFactory();
        using var document = JsonDocument.Parse(await host.CreateClient().GetStringAsync(new Uri("/api/openapi/v1.json", UriKind.Relative)));
        var schemes = document.RootElement.GetProperty("components").GetProperty("securitySchemes");

        var header = schemes.EnumerateObject().Single(s => s.Value.GetProperty("in").GetString() == "header").Value;
        var query = schemes.EnumerateObject().Single(s => s.Value.GetProperty("in").GetString() == "query").Value;
        Assert.Equal(("apiKey", "x-functions-key"), (header.GetProperty("type").GetString(), header.GetProperty("name").GetString()));
        Assert.Equal(("apiKey", "code"), (query.GetProperty("type").GetString(), query.GetProperty("name").GetString()));
        Assert.Equal(2, document.RootElement.GetProperty("security").GetArrayLength());
    }

    [Theory]
    [InlineData("http://localhost:7071/", "http://localhost:7071")]
    [InlineData("https://caseingest.example.org/", "https://caseingest.example.org")]
    public async Task TheServerUrlIsTheOneTheDocumentWasAskedFrom(string baseAddress, string expected)
    {
        _ = azurite.ConnectionString;
        await using var host = new LocalHostFactory();
        var client = host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri(baseAddress) });
        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/openapi/v1.json", UriKind.Relative)));

        Assert.Equal(expected, document.RootElement.GetProperty("servers")[0].GetProperty("url").GetString());
    }
}
