using System.Diagnostics;
using CaseIngest.Core;
using CaseIngest.Core.Model;
using CaseIngest.Storage.Keys;

namespace CaseIngest.LoadRunner;

/// <summary>
/// Query latency with many records stored: <c>/api/cases?drug=…&amp;marker=…</c> (pairs that occur together in a
/// record), <c>/api/cases?drug=…</c> and <c>/api/cases/{id}</c>, one client, requests one after the other.
/// </summary>
internal static class QueryScenario
{
    private const int Warmup = 20;

    public static async Task RunAsync(RunnerArguments arguments, Report report, CancellationToken cancellationToken)
    {
        var corpus = CorpusDocuments.Load(RunnerPaths.Corpus(arguments.Corpus));
        var engine = new CaseEngine(new EngineOptions { MaxDocumentBytes = 64L * 1024 * 1024 });
        var templates = corpus.All
            .Select(d => engine.Process(d.Name, d.Bytes).Record)
            .OfType<CaseRecord>()
            .ToList();
        var records = Enumerable.Range(0, arguments.Records).Select(i =>
        {
            var template = templates[i % templates.Count];
            var name = $"query/{i:D5}-{Path.GetFileName(template.Document.Name)}";
            return template with { Id = RecordIds.FromName(name), Document = template.Document with { Name = name } };
        }).ToList();

        await using var storage = await PerfStorage.StartAsync(cancellationToken);
        var seedClock = Stopwatch.StartNew();
        await RecordSeeder.SeedAsync(storage, records, cancellationToken);
        report.Figure($"records stored for the query mode", records.Count, "records");
        report.Figure("seeding time", seedClock.Elapsed.TotalSeconds, "s");

        await using var app = await IngestScenario.StartAppAsync(storage, arguments, watch: false, cancellationToken);
        var pairs = templates
            .SelectMany(r =>
            {
                var entries = IndexKeys.For(r);
                var drugs = entries.Where(e => e.Facet == IndexFacet.Drug).Select(e => e.Value);
                var markers = entries.Where(e => e.Facet == IndexFacet.Marker).Select(e => e.Value).ToList();
                return drugs.SelectMany(d => markers.Select(m => (Drug: d, Marker: m)));
            })
            .Distinct()
            .Take(50)
            .ToList();
        var drugsOnly = templates.SelectMany(r => IndexKeys.For(r).Where(e => e.Facet == IndexFacet.Drug).Select(e => e.Value)).Distinct(StringComparer.Ordinal).Take(50).ToList();
        report.Figure("drug and marker pairs queried", pairs.Count, "pairs");

        if (pairs.Count > 0)
        {
            var paths = pairs.Select(p => $"/api/cases?drug={Uri.EscapeDataString(p.Drug)}&marker={Uri.EscapeDataString(p.Marker)}").ToList();
            report.Latencies($"GET /api/cases?drug&marker, {records.Count} records", await TimeAsync(app, paths, arguments.Queries, cancellationToken));
        }

        if (drugsOnly.Count > 0)
        {
            var paths = drugsOnly.Select(d => $"/api/cases?drug={Uri.EscapeDataString(d)}").ToList();
            report.Latencies($"GET /api/cases?drug, {records.Count} records", await TimeAsync(app, paths, arguments.Queries, cancellationToken));
        }

        var random = new Random(20261122);
        var ids = Enumerable.Range(0, 200).Select(_ => $"/api/cases/{records[random.Next(records.Count)].Id}").ToList();
        report.Latencies($"GET /api/cases/{{id}}, {records.Count} records", await TimeAsync(app, ids, arguments.Queries, cancellationToken));
    }

    private static async Task<List<double>> TimeAsync(FunctionsApp app, IReadOnlyList<string> paths, int count, CancellationToken cancellationToken)
    {
        for (var i = 0; i < Warmup; i++)
        {
            using var response = await app.Http.GetAsync(new Uri(paths[i % paths.Count], UriKind.Relative), cancellationToken);
        }

        var latencies = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var clock = Stopwatch.StartNew();
            using var response = await app.Http.GetAsync(new Uri(paths[i % paths.Count], UriKind.Relative), cancellationToken);
            _ = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            latencies.Add(clock.Elapsed.TotalMilliseconds);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"{paths[i % paths.Count]} answered {(int)response.StatusCode}.");
            }
        }

        return latencies;
    }
}
