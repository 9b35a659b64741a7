using System.Text.Json;
using CaseIngest.Functions.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CaseIngest.Functions.Tests.Hosting;

/// <summary>The build output is a function app: host.json and one folder per function, each routed to the handler.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class FunctionAppLayoutTests(AzuriteFixture azurite)
{
    private static readonly string Output = AppContext.BaseDirectory;

    [Fact]
    public void HostJsonStartsTheHandlerAndForwardsHttpRequests()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(Output, "host.json")));

        var handler = host.RootElement.GetProperty("customHandler");
        Assert.Equal("CaseIngest.Functions", handler.GetProperty("description").GetProperty("defaultExecutablePath").GetString());
        Assert.Equal(["--urls", "http://127.0.0.1:%FUNCTIONS_CUSTOMHANDLER_PORT%"], handler.GetProperty("description").GetProperty("arguments").EnumerateArray().Select(a => a.GetString()));
        Assert.True(handler.GetProperty("enableForwardingHttpRequest").GetBoolean());
        Assert.Equal("[4.*, 5.0.0)", host.RootElement.GetProperty("extensionBundle").GetProperty("version").GetString());
        Assert.True(File.Exists(Path.Combine(Output, "CaseIngest.Functions.dll")));
    }

    [Fact]
    public void BlobTriggerReadsBinaryBlobsOfTheIngestContainerThroughEventGrid()
    {
        var binding = Assert.Single(Bindings("IngestCaseReport"));

        Assert.Equal("blobTrigger", binding.GetProperty("type").GetString());
        Assert.Equal("case-reports/{name}", binding.GetProperty("path").GetString());
        Assert.Equal("binary", binding.GetProperty("dataType").GetString());
        Assert.Equal("EventGrid", binding.GetProperty("source").GetString());
    }

    [Fact]
    public void EveryHttpFunctionNeedsAKeyAndReachesAnEndpointOfTheApp()
    {
        _ = azurite.ConnectionString;
        using var factory = new CaseIngestFactory();
        var routes = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText?.TrimStart('/'))
            .ToHashSet(StringComparer.Ordinal);
        var functions = Directory.EnumerateDirectories(Output).Where(d => File.Exists(Path.Combine(d, "function.json"))).Select(Path.GetFileName).ToList();

        Assert.Equal(7, functions.Count);
        foreach (var function in functions.Where(f => f != "IngestCaseReport"))
        {
            var bindings = Bindings(function!);
            var trigger = Assert.Single(bindings, b => b.GetProperty("type").GetString() == "httpTrigger");
            Assert.Single(bindings, b => b.GetProperty("type").GetString() == "http");
            Assert.Equal("function", trigger.GetProperty("authLevel").GetString());
            Assert.Contains("api/" + trigger.GetProperty("route").GetString(), routes);
        }
    }

    private static List<JsonElement> Bindings(string function)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Output, function, "function.json")));
        return [.. document.RootElement.GetProperty("bindings").EnumerateArray().Select(b => b.Clone())];
    }
}
