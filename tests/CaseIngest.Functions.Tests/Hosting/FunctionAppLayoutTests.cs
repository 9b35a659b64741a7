using System.Text.Json;
using CaseIngest.Functions.Tests.Support;
using CaseIngest.Http;

namespace CaseIngest.Functions.Tests.Hosting;

/// <summary>
/// The function app's build output is what the Functions host loads for a .NET isolated worker: host.json without
/// a custom handler, worker.config.json naming the worker, and functions.metadata listing every function with its
/// bindings (the blob trigger through Event Grid, HTTP functions behind function keys).
/// </summary>
public sealed class FunctionAppLayoutTests
{
    private static readonly string Output = FunctionAppOutput.Directory;

    [Fact]
    public void HostJsonHasNoCustomHandlerAndNoExtensionBundle()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(Output, "host.json")));

        Assert.Equal("2.0", host.RootElement.GetProperty("version").GetString());
        Assert.False(host.RootElement.TryGetProperty("customHandler", out _));
        Assert.False(host.RootElement.TryGetProperty("extensionBundle", out _));
        Assert.Equal("api", host.RootElement.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
    }

    [Fact]
    public void WorkerConfigStartsTheIsolatedWorkerFromItsAssembly()
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(Output, "worker.config.json")));
        var description = config.RootElement.GetProperty("description");

        Assert.Equal("dotnet-isolated", description.GetProperty("language").GetString());
        Assert.Equal("CaseIngest.Functions.dll", description.GetProperty("defaultWorkerPath").GetString());
        Assert.True(File.Exists(Path.Combine(Output, "CaseIngest.Functions.dll")));
        Assert.True(File.Exists(Path.Combine(Output, "extensions.json")));
    }

    [Fact]
    public void SampleSettingsRunTheIsolatedWorkerAndNameWhatTheTriggersResolve()
    {
        using var sample = JsonDocument.Parse(File.ReadAllText(Path.Combine(Output, "local.settings.sample.json")));
        var values = sample.RootElement.GetProperty("Values");

        Assert.Equal("dotnet-isolated", values.GetProperty("FUNCTIONS_WORKER_RUNTIME").GetString());
        Assert.False(string.IsNullOrEmpty(values.GetProperty("AzureWebJobsStorage").GetString()));
        Assert.Equal("case-reports", values.GetProperty("CaseIngest__ContainerName").GetString());
        Assert.Equal("case-reprocess", values.GetProperty("CaseIngest__ReprocessQueueName").GetString());
    }

    [Fact]
    public void MetadataListsEveryFunction()
    {
        var names = Metadata().Select(f => f.GetProperty("name").GetString()).Order(StringComparer.Ordinal);

        Assert.Equal(
            ["GetCase", "Health", "IngestCaseReport", "ListCases", "ListFacet", "ListRejections", "OpenApiDocument", "ReprocessRequested"],
            names);
    }

    [Fact]
    public void BlobTriggerWatchesTheIngestContainerThroughEventGrid()
    {
        var binding = Assert.Single(Bindings("IngestCaseReport"));

        Assert.Equal("blobTrigger", binding.GetProperty("type").GetString());
        Assert.Equal("%CaseIngest:ContainerName%/{name}", binding.GetProperty("path").GetString());
        Assert.Equal("EventGrid", binding.GetProperty("source").GetString());
        Assert.Equal("AzureWebJobsStorage", binding.GetProperty("connection").GetString());
    }

    [Fact]
    public void QueueTriggerReadsTheReprocessQueue()
    {
        var binding = Assert.Single(Bindings("ReprocessRequested"));

        Assert.Equal("queueTrigger", binding.GetProperty("type").GetString());
        Assert.Equal("%CaseIngest:ReprocessQueueName%", binding.GetProperty("queueName").GetString());
    }

    [Fact]
    public void EveryHttpFunctionNeedsAFunctionKeyAndServesAnApiRoute()
    {
        var routes = typeof(ApiRoutes).GetFields().Where(f => f.IsLiteral && f.Name != nameof(ApiRoutes.Prefix)).Select(f => (string)f.GetRawConstantValue()!).ToHashSet();
        var http = Metadata().Where(f => f.GetProperty("bindings").EnumerateArray().Any(b => b.GetProperty("type").GetString() == "httpTrigger")).ToList();

        Assert.Equal(routes.Count, http.Count);
        foreach (var function in http)
        {
            var bindings = function.GetProperty("bindings").EnumerateArray().ToList();
            var trigger = Assert.Single(bindings, b => b.GetProperty("type").GetString() == "httpTrigger");
            Assert.Single(bindings, b => b.GetProperty("type").GetString() == "http" && b.GetProperty("name").GetString() == "$return");
            Assert.Equal("function", trigger.GetProperty("authLevel").GetString(), StringComparer.OrdinalIgnoreCase);
            Assert.Contains(trigger.GetProperty("route").GetString()!, routes);
        }
    }

    private static List<JsonElement> Metadata()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Output, "functions.metadata")));
        return [.. document.RootElement.EnumerateArray().Select(f => f.Clone())];
    }

    private static List<JsonElement> Bindings(string function) =>
        [.. Metadata().Single(f => f.GetProperty("name").GetString() == function).GetProperty("bindings").EnumerateArray()];
}
