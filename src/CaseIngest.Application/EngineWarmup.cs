using CaseIngest.Core;
using CaseIngest.Core.Lexicons;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CaseIngest.Application;

/// <summary>
/// Loads the lexicons and runs one small extraction in the background right after start, so the first document
/// does not pay for them. Start-up and readiness (<c>GET /</c>) do not wait for it. The optional second reader is
/// left out of the warm-up, so it sends nothing to the cloud.
/// </summary>
internal sealed class EngineWarmup(IServiceProvider services) : BackgroundService
{
    private static readonly byte[] Sample = "A 60-year-old man received cisplatin 75 mg/m2 for lung adenocarcinoma; PD-L1 was positive."u8.ToArray();

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(
        () =>
        {
            try
            {
                var engine = services.GetRequiredService<CaseEngine>();
                if (engine.Pipeline.Steps.Any(s => s is TextAnalytics.TextAnalyticsStep))
                {
                    // The same rule steps without the second reader: warming up sends nothing to the cloud.
                    engine = new CaseEngine(engine.Options, new Core.Extraction.ExtractionPipeline([.. engine.Pipeline.Steps.Where(s => s is not TextAnalytics.TextAnalyticsStep)]));
                }

                if (!stoppingToken.IsCancellationRequested)
                {
                    _ = engine.Process("warmup.txt", Sample);
                }
            }
            catch (Exception ex) when (ex is LexiconException or IOException)
            {
                // Not fatal here: the first document that needs the engine reports the same failure.
            }
        },
        stoppingToken);
}
