using System.Text.Json;

namespace CaseIngest.LoadRunner;

/// <summary>A few files end to end through local mode, then one list and one get query: under a minute.</summary>
internal static class SmokeScenario
{
    private const int Files = 5;

    public static async Task RunAsync(RunnerArguments arguments, Report report, CancellationToken cancellationToken)
    {
        var corpus = CorpusDocuments.Load(RunnerPaths.Corpus(arguments.Corpus));
        await using var storage = await PerfStorage.StartAsync(cancellationToken);
        await using var app = await IngestScenario.StartAppAsync(storage, arguments, watch: true, cancellationToken);
        report.Figure("handler ready (GET /) after process start", app.ReadyAfter.TotalMilliseconds, "ms");
        var batch = await IngestScenario.RunBatchAsync(storage, corpus, "smoke/", Files, arguments with { Timeout = TimeSpan.FromSeconds(40) }, cancellationToken);
        report.Latencies($"blob-to-queryable, {Files} files", batch.Latencies);
        if (batch.Missing > 0)
        {
            throw new InvalidOperationException($"{batch.Missing} of {Files} files were not queryable within 40 s.");
        }

        using var list = await app.Http.GetAsync(new Uri("/api/cases?top=10", UriKind.Relative), cancellationToken);
        using var page = JsonDocument.Parse(await list.Content.ReadAsStringAsync(cancellationToken));
        var id = page.RootElement.GetProperty("items")[0].GetProperty("id").GetString();
        using var get = await app.Http.GetAsync(new Uri($"/api/cases/{id}", UriKind.Relative), cancellationToken);
        report.Note("GET /api/cases and /api/cases/{id}", $"{(int)list.StatusCode}, {(int)get.StatusCode}");
        if (!list.IsSuccessStatusCode || !get.IsSuccessStatusCode)
        {
            throw new InvalidOperationException("The query API did not answer 200.");
        }
    }
}
