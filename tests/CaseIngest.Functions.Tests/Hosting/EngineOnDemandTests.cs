using CaseIngest.Application;
using CaseIngest.Core;
using CaseIngest.Functions.Tests.Support;
using CaseIngest.LocalHost;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CaseIngest.Functions.Tests.Hosting;

/// <summary>
/// The host starts and answers queries without building the engine: the lexicons are loaded by the warm-up in the
/// background or by the first document, once.
/// </summary>
public sealed class EngineOnDemandTests
{
    [Fact]
    public async Task CreatingTheHostedServicesAndTheQueriesDoesNotBuildTheEngine()
    {
        var builds = 0;
        await using var app = Build(() => Interlocked.Increment(ref builds));

        _ = app.Services.GetServices<IHostedService>().ToList();
        _ = app.Services.GetRequiredService<CaseQueries>();
        _ = app.Services.GetRequiredService<IngestService>();

        Assert.Equal(0, builds);
        Assert.False(app.Services.GetRequiredService<LazyEngine>().IsBuilt);
    }

    [Fact]
    public async Task TheIngestServiceUsesTheOneEngineOfTheServicesBuiltOnFirstUse()
    {
        var builds = 0;
        await using var app = Build(() => Interlocked.Increment(ref builds));
        var ingest = app.Services.GetRequiredService<IngestService>();

        Assert.Equal(app.Services.GetRequiredService<EngineOptions>().MaxDocumentBytes, ingest.MaxDocumentBytes);
        Assert.Same(app.Services.GetRequiredService<CaseEngine>(), app.Services.GetRequiredService<LazyEngine>().Value);
        Assert.Equal(1, builds);
    }

    [Fact]
    public async Task ReadingTheSizeLimitBuildsNoEngineAndTheLimitIsTheSettingsOne()
    {
        var builds = 0;
        await using var app = Build(() => Interlocked.Increment(ref builds), maxDocumentBytes: 5_000_000);

        var limit = app.Services.GetRequiredService<IngestService>().MaxDocumentBytes;
        var engine = app.Services.GetRequiredService<LazyEngine>();

        Assert.Equal(5_000_000, limit);
        Assert.Equal(5_000_000, engine.Options.MaxDocumentBytes);
        Assert.Equal(0, builds);
        Assert.False(engine.IsBuilt);
        Assert.Equal(5_000_000, engine.Value.Options.MaxDocumentBytes);
    }

    [Fact]
    public void AnEngineBuiltWithAnotherLimitThanItsOptionsIsAClearError()
    {
        var engine = new LazyEngine(new EngineOptions { MaxDocumentBytes = 1_000 }, () => TestEngine.Keywords);

        var error = Assert.Throws<InvalidOperationException>(() => engine.Value);
        Assert.Contains("1000", error.Message, StringComparison.Ordinal);
        Assert.Equal(1_000, engine.Options.MaxDocumentBytes);
    }

    [Fact]
    public async Task TheWarmUpBuildsTheEngineInTheBackgroundAfterStart()
    {
        var builds = 0;
        await using var app = Build(() => Interlocked.Increment(ref builds));
        var warmup = app.Services.GetServices<IHostedService>().Single(s => s.GetType().Name == "EngineWarmup");
        var engine = app.Services.GetRequiredService<LazyEngine>();

        await warmup.StartAsync(CancellationToken.None);
        for (var waited = 0; waited < 200 && !engine.IsBuilt; waited++)
        {
            await Task.Delay(50);
        }

        await warmup.StopAsync(CancellationToken.None);
        Assert.True(engine.IsBuilt);
        Assert.Equal(1, builds);
    }

    private static WebApplication Build(Action built, long? maxDocumentBytes = null)
    {
        var builder = WebApplication.CreateBuilder();
        var settings = new Dictionary<string, string?>
        {
            ["CaseIngest:StorageConnectionString"] = "UseDevelopmentStorage=true",
            ["CaseIngest:Local:Watch"] = "false",
        };
        if (maxDocumentBytes is { } limit)
        {
            settings["CaseIngest:MaxDocumentBytes"] = limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddLocalHost();
        builder.Services.AddSingleton(services =>
        {
            built();
            return TestEngine.KeywordsWith(services.GetRequiredService<EngineOptions>());
        });
        return builder.Build();
    }
}
