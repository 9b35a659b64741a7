using CaseIngest.Core;
using CaseIngest.Core.Lexicons;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CaseIngest.Application;

/// <summary>
/// Builds the engine (lexicons and matchers) and runs one small extraction in the background right after start, so
/// the first document does not pay for them. Nothing the host needs to start or to answer <c>GET /</c> waits for it:
/// the services that ingest build the engine on first use (<see cref="LazyEngine"/>), and the warm-up runs on its own
/// thread at a lower priority (on Linux), so it takes the cores only when the host's start and requests leave them
/// idle. A document that arrives first waits for the same build, not for a second one. The optional second reader is
/// left out of the warm-up, so it sends nothing to the cloud.
/// </summary>
internal sealed class EngineWarmup(IServiceProvider services) : IHostedService
{
    private static readonly byte[] Sample = "A 60-year-old man received cisplatin 75 mg/m2 for lung adenocarcinoma; PD-L1 was positive."u8.ToArray();

    private volatile bool _stopping;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var thread = new Thread(Run) { IsBackground = true, Name = "Engine warm-up" };
        thread.Start();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping = true;
        return Task.CompletedTask;
    }

    private void Run()
    {
        LowThreadPriority.Apply();
        try
        {
            var engine = services.GetRequiredService<LazyEngine>().Value;
            if (engine.Pipeline.Steps.Any(s => s is TextAnalytics.TextAnalyticsStep))
            {
                // The same rule steps without the second reader: warming up sends nothing to the cloud.
                engine = new CaseEngine(engine.Options, new Core.Extraction.ExtractionPipeline([.. engine.Pipeline.Steps.Where(s => s is not TextAnalytics.TextAnalyticsStep)]));
            }

            if (!_stopping)
            {
                _ = engine.Process("warmup.txt", Sample);
            }
        }
        catch (Exception ex) when (ex is LexiconException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            // Not fatal here: the first document that needs the engine reports the same failure.
        }
    }
}
