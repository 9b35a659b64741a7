using System.Text.Json;
using CaseIngest.Functions.Tests.Support;
using CaseIngest.Http;
using CaseIngest.Http.Browser;

namespace CaseIngest.Functions.Tests.Hosting;

/// <summary>
/// The function app's build output is what the Functions host loads for a .NET isolated worker: host.json without
/// a custom handler, worker.config.json naming the worker, and functions.metadata listing every function with its
/// bindings (the blob trigger through Event Grid, HTTP functions behind function keys but the API page and assets).
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
        Assert.Equal("", host.RootElement.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
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
        Assert.Equal("blob-deleted", values.GetProperty("CaseIngest__BlobDeletedQueueName").GetString());
    }

    [Fact]
    public void MetadataListsEveryFunction()
    {
        var names = Metadata().Select(f => f.GetProperty("name").GetString()).Order(StringComparer.Ordinal);

        Assert.Equal(
            ["ApiPage", "Asset", "CasePage", "DeleteCaseReport", "ExportCases", "GetArticle", "GetCase", "Health", "IngestCaseReport", "ListCases", "ListFacet", "ListRejections", "OpenApiDocument", "ReprocessRequested", "SearchPage"],
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
    public void DeleteFunctionReadsTheBlobDeletedQueue()
    {
        var binding = Assert.Single(Bindings("DeleteCaseReport"));

        Assert.Equal("queueTrigger", binding.GetProperty("type").GetString());
        Assert.Equal("%CaseIngest:BlobDeletedQueueName%", binding.GetProperty("queueName").GetString());
        Assert.Equal("AzureWebJobsStorage", binding.GetProperty("connection").GetString());
    }

    [Fact]
    public void EveryHttpFunctionHasItsRouteAndKeyRule()
    {
        var expected = typeof(ApiRoutes).GetFields().Where(f => f.IsLiteral && f.Name != nameof(ApiRoutes.Prefix))
            .Select(f => (Route: ApiRoutes.Prefix + "/" + (string)f.GetRawConstantValue()!, AuthLevel: "function"))
            .Concat(
            [
                ("{root:maxlength(0)?}", "function"),
                (BrowserRoutes.Case.TrimStart('/'), "function"),
                (BrowserRoutes.Export.TrimStart('/'), "function"),
                (BrowserRoutes.ApiPage.TrimStart('/'), "anonymous"),
                (BrowserRoutes.Asset.TrimStart('/'), "anonymous"),
            ])
            .Order();
        var http = Metadata().Where(f => f.GetProperty("bindings").EnumerateArray().Any(b => b.GetProperty("type").GetString() == "httpTrigger")).ToList();

        var actual = http.Select(function =>
        {
            var bindings = function.GetProperty("bindings").EnumerateArray().ToList();
            var trigger = Assert.Single(bindings, b => b.GetProperty("type").GetString() == "httpTrigger");
            Assert.Single(bindings, b => b.GetProperty("type").GetString() == "http" && b.GetProperty("name").GetString() == "$return");
            Assert.Equal(["get"], trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!.ToLowerInvariant()));
            return (Route: trigger.GetProperty("route").GetString()!, AuthLevel: trigger.GetProperty("authLevel").GetString()!.ToLowerInvariant());
        }).Order();

        Assert.Equal(expected, actual);
    }

    private static List<JsonElement> Metadata()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Output, "functions.metadata")));
        return [.. document.RootElement.EnumerateArray().Select(f => f.Clone())];
    }

    private static List<JsonElement> Bindings(string function) =>
        [.. Metadata().Single(f => f.GetProperty("name").GetString() == function).GetProperty("bindings").EnumerateArray()];
}
