using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using CaseIngest.Core;
using CaseIngest.Core.Model;
using CaseIngest.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CaseIngest.LoadRunner;

/// <summary>
/// Where ingest saturates: documents go through the function app's ingest path (the blob's properties, then
/// <see cref="IngestService.IngestBlobAsync(string, long, string?, CancellationToken)"/>, with the services
/// <c>AddCaseIngest</c> registers) against Azurite at 1, 2, 4, 8, 16 and 32 concurrent ingests. Per level: documents/s,
/// p50/p95 latency per document, CPU per document in this process and in Azurite, and the storage floor at the same
/// level (the blob read and table writes of records extracted beforehand). The level where the rate stops growing
/// is where it saturates; the pipeline is storage-bound there when it runs at the floor's rate, else CPU-bound.
/// </summary>
internal static class ConcurrencyScenario
{
    private static readonly int[] Levels = [1, 2, 4, 8, 16, 32];

    public static async Task RunAsync(RunnerArguments arguments, Report report, CancellationToken cancellationToken)
    {
        var corpus = CorpusDocuments.Load(RunnerPaths.Corpus(arguments.Corpus));
        var perLevel = arguments.PerLevel;
        report.Note("documents per level", $"{perLevel} (corpus mix), levels {string.Join(", ", Levels)}; {Environment.ProcessorCount} cores");
        await using var storage = await PerfStorage.StartAsync(cancellationToken);
        await using var services = Services(storage.ConnectionString);
        var ingest = services.GetRequiredService<IngestService>();
        var documents = services.GetRequiredService<DocumentStore>();
        var store = services.GetRequiredService<CaseStore>();
        var engine = services.GetRequiredService<CaseEngine>();
        var container = storage.Blobs.GetBlobContainerClient(StorageNames.DocumentsContainer);

        // Connections, JIT and the engine's lexicons, not timed.
        var warm = await UploadAsync(documents, corpus, "warm/", Math.Min(40, perLevel), cancellationToken);
        await IngestAllAsync(ingest, container, [.. warm.Select(d => d.Name)], 4, cancellationToken);

        var levels = new List<ConcurrencyLevel>();
        foreach (var level in Levels.Where(l => l <= arguments.MaxLevel))
        {
            var names = (await UploadAsync(documents, corpus, $"concurrency/c{level}/", perLevel, cancellationToken)).Select(d => d.Name).ToList();
            var floorSet = await UploadAsync(documents, corpus, $"concurrency-floor/c{level}/", perLevel, cancellationToken);
            var records = floorSet.ToDictionary(d => d.Name, d => engine.Process(d.Name, d.Bytes), StringComparer.Ordinal);

            var appBefore = ProcessCpu.OwnMilliseconds();
            var storageBefore = ProcessCpu.Milliseconds(storage.ProcessId);
            var clock = Stopwatch.StartNew();
            var latencies = await IngestAllAsync(ingest, container, names, level, cancellationToken);
            var elapsed = clock.Elapsed;
            var appCpu = ProcessCpu.OwnMilliseconds() - appBefore;
            var storageCpu = ProcessCpu.Milliseconds(storage.ProcessId) - storageBefore;

            var floorClock = Stopwatch.StartNew();
            await FloorAsync(documents, store, records, level, cancellationToken);
            var floorRate = perLevel / floorClock.Elapsed.TotalSeconds;

            var summary = report.Latencies($"ingest path, {level} at once", latencies);
            var result = new ConcurrencyLevel(
                level,
                perLevel,
                perLevel / elapsed.TotalSeconds,
                summary.P50,
                summary.P95,
                appCpu / perLevel,
                storageCpu / perLevel,
                appCpu / elapsed.TotalMilliseconds,
                storageCpu / elapsed.TotalMilliseconds,
                floorRate,
                ProcessCpu.LoadAverage());
            levels.Add(result);
            report.Figure($"{level} at once: documents/s", result.DocumentsPerSecond, "documents/s");
            report.Figure($"{level} at once: storage floor", floorRate, "documents/s");
            report.Figure($"{level} at once: CPU per document, ingest process", result.AppCpuMillisecondsPerDocument, "ms");
            report.Figure($"{level} at once: CPU per document, Azurite", result.StorageCpuMillisecondsPerDocument, "ms");
            report.Figure($"{level} at once: cores busy (ingest process + Azurite)", result.AppCores + result.StorageCores, "cores");
            report.Figure($"{level} at once: load average (1 min)", result.LoadAverage, "");
        }

        report.Note("saturation", Saturation(levels));
        report.Table("levels", Csv(levels));
    }

    /// <summary>
    /// The first level whose next doubling adds less than 10 % to the rate; storage-bound when the pipeline there runs
    /// at 85 % or more of the floor's rate at the same level, or Azurite (one Node.js thread) keeps a core busy.
    /// </summary>
    internal static string Saturation(IReadOnlyList<ConcurrencyLevel> levels)
    {
        if (levels.Count == 0)
        {
            return "no level ran";
        }

        var at = levels[^1];
        for (var i = 0; i + 1 < levels.Count; i++)
        {
            if (levels[i + 1].DocumentsPerSecond < levels[i].DocumentsPerSecond * 1.1)
            {
                at = levels[i];
                break;
            }
        }

        var storageBound = at.DocumentsPerSecond >= at.FloorDocumentsPerSecond * 0.85 || at.StorageCores >= 0.85;
        var cores = at.AppCores + at.StorageCores;
        var bound = storageBound
            ? $"storage-bound: {at.DocumentsPerSecond / at.FloorDocumentsPerSecond:P0} of the floor's rate, Azurite busy {at.StorageCores:F2} core"
            : $"CPU-bound: {at.DocumentsPerSecond / at.FloorDocumentsPerSecond:P0} of the floor's rate, ingest process {at.AppCores:F2} + Azurite {at.StorageCores:F2} of {Environment.ProcessorCount} cores (load average {at.LoadAverage:F1})";
        return string.Create(CultureInfo.InvariantCulture, $"saturates at {at.Concurrency} at once, {at.DocumentsPerSecond:F1} documents/s; {bound}; {cores:F2} cores busy");
    }

    private static ServiceProvider Services(string connectionString)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["CaseIngest:StorageConnectionString"] = connectionString,
                ["CaseIngest:ContainerName"] = StorageNames.DocumentsContainer,
            })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddCaseIngest(configuration);
        return services.BuildServiceProvider();
    }

    private static async Task<List<(string Name, byte[] Bytes)>> UploadAsync(DocumentStore documents, CorpusDocuments corpus, string prefix, int count, CancellationToken cancellationToken)
    {
        var set = Enumerable.Range(0, count).Select(i => corpus.Take(prefix, i)).ToList();
        await Parallel.ForEachAsync(set, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (d, token) =>
        {
            using var stream = new MemoryStream(d.Bytes, writable: false);
            await documents.UploadAsync(d.Name, stream, token);
        });
        return set;
    }

    /// <summary>As the blob trigger does: the blob's properties, then the ingest with its length and ETag.</summary>
    private static async Task<List<double>> IngestAllAsync(IngestService ingest, Azure.Storage.Blobs.BlobContainerClient container, IReadOnlyList<string> names, int concurrency, CancellationToken cancellationToken)
    {
        var latencies = new ConcurrentBag<double>();
        await Parallel.ForEachAsync(names, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken }, async (name, token) =>
        {
            var clock = Stopwatch.StartNew();
            var properties = await DocumentStore.PropertiesAsync(container.GetBlobClient(name), name, token) ?? throw new InvalidOperationException("An uploaded blob is missing.");
            _ = await ingest.IngestBlobAsync(name, properties.Length, properties.ETag, token) ?? throw new InvalidOperationException("A new blob was not ingested.");
            latencies.Add(clock.Elapsed.TotalMilliseconds);
        });
        return [.. latencies];
    }

    private static Task FloorAsync(DocumentStore documents, CaseStore store, IReadOnlyDictionary<string, EngineResult> records, int concurrency, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(records, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken }, async (pair, token) =>
        {
            var content = await documents.DownloadAsync(pair.Key, token) ?? throw new InvalidOperationException("A floor blob is missing.");
            if (pair.Value.Record is CaseRecord record)
            {
                await store.SaveAsync(record, content.ETag, knownNew: true, token);
            }
            else
            {
                await store.SaveRejectionAsync(pair.Value.Rejection!, RecordIds.Sha256Hex(content.Bytes), content.ETag, token);
            }
        });

    private static string Csv(IEnumerable<ConcurrencyLevel> levels)
    {
        var csv = new StringBuilder("concurrency,documents,documents_per_s,p50_ms,p95_ms,app_cpu_ms_per_doc,azurite_cpu_ms_per_doc,app_cores,azurite_cores,floor_documents_per_s,load_average\n");
        foreach (var l in levels)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{l.Concurrency},{l.Documents},{l.DocumentsPerSecond:F1},{l.P50Milliseconds:F1},{l.P95Milliseconds:F1},{l.AppCpuMillisecondsPerDocument:F2},{l.StorageCpuMillisecondsPerDocument:F2},{l.AppCores:F2},{l.StorageCores:F2},{l.FloorDocumentsPerSecond:F1},{l.LoadAverage:F1}\n");
        }

        return csv.ToString();
    }
}
