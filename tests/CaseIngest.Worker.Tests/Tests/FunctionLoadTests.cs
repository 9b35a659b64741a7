using System.Text.Json;
using CaseIngest.Worker.Tests.Support;

namespace CaseIngest.Worker.Tests.Tests;

/// <summary>The worker starts as the host starts it, answers init and metadata, and loads every function it indexed.</summary>
[Collection(WorkerCollection.Name)]
public sealed class FunctionLoadTests(WorkerHostFixture fixture)
{
    [Fact]
    public void EveryFunctionInTheBuildMetadataLoads()
    {
        using var built = JsonDocument.Parse(File.ReadAllText(Path.Combine(fixture.Host.AppDirectory, "functions.metadata")));
        var names = built.RootElement.EnumerateArray().Select(f => f.GetProperty("name").GetString()!).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(names, fixture.Host.Functions.Keys.Order(StringComparer.Ordinal));
        Assert.All(fixture.Host.Functions.Values, f => Assert.True(f.Loaded, $"{f.Name}: {f.Load.Result?.Exception?.Message}"));
        Assert.Contains("IngestCaseReport", names);
        Assert.Contains("ReprocessRequested", names);
        Assert.Contains("DeleteCaseReport", names);
        Assert.Contains("GetCase", names);
    }

    [Fact]
    public void TheTriggersAreTheOnesTheHostBindsTo()
    {
        var functions = fixture.Host.Functions;
        Assert.Equal("blobTrigger", functions["IngestCaseReport"].TriggerType);
        Assert.Equal("EventGrid", Host.LoadedFunction.Text(functions["IngestCaseReport"].Trigger, "source"));
        Assert.Equal("queueTrigger", functions["ReprocessRequested"].TriggerType);
        Assert.Equal("queueTrigger", functions["DeleteCaseReport"].TriggerType);
        Assert.Equal(WorkerHostFixture.BlobDeletedQueueName, Host.BindingExpressions.Resolve(Host.LoadedFunction.Text(functions["DeleteCaseReport"].Trigger, "queueName") ?? "", fixture.Host.Settings));
        Assert.Equal("httpTrigger", functions["GetCase"].TriggerType);
        Assert.Equal("Function", Host.LoadedFunction.Text(functions["GetCase"].Trigger, "authLevel"));
    }

    [Fact]
    public void TheWorkerAdvertisesItsHttpEndpointForAspNetCoreIntegration()
    {
        var uri = fixture.Host.HttpUri;

        Assert.NotNull(uri);
        Assert.Equal("http", uri.Scheme);
        Assert.True(uri.IsLoopback, uri.ToString());
    }
}
