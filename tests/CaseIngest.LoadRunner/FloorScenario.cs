using System.Collections.Concurrent;
using System.Diagnostics;
using CaseIngest.Core;
using CaseIngest.Core.Model;
using CaseIngest.Storage;

namespace CaseIngest.LoadRunner;

/// <summary>
/// The storage floor: for the same documents, the blob read and the table writes of the record
/// (<see cref="CaseStore.SaveAsync"/> of a record extracted beforehand), with no extraction and no watcher, at the
/// watcher's concurrency. Beside it, the same documents through <see cref="IngestService"/> in process (read,
/// extract, save), so the pipeline can be stated as a multiple of the floor.
/// </summary>
internal static class FloorScenario
{
    private const string Container = "perf-floor";

    public static async Task RunAloneAsync(RunnerArguments arguments, Report report, CancellationToken cancellationToken)
    {
        var corpus = CorpusDocuments.Load(RunnerPaths.Corpus(arguments.Corpus));
        await using var storage = await PerfStorage.StartAsync(cancellationToken);
        var floor = await RunAsync(storage, corpus, arguments, report, cancellationToken);
        report.Figure("in-process pipeline cost / storage floor (rate ratio)", floor.FloorRate / floor.PipelineRate, "x");
    }

    public static async Task<FloorResult> RunAsync(PerfStorage storage, CorpusDocuments corpus, RunnerArguments arguments, Report report, CancellationToken cancellationToken)
    {
        var count = arguments.Files;
        var documents = new DocumentStore(storage.Blobs, Container);
        var engine = new CaseEngine(new EngineOptions { MaxDocumentBytes = 64L * 1024 * 1024 });
        var floorDocuments = Enumerable.Range(0, count).Select(i => corpus.Take("floor/", i)).ToList();
        var pipelineDocuments = Enumerable.Range(0, count).Select(i => corpus.Take("pipeline/", i)).ToList();
        foreach (var set in new[] { floorDocuments, pipelineDocuments })
        {
            await Parallel.ForEachAsync(set, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (d, token) =>
            {
                using var stream = new MemoryStream(d.Bytes, writable: false);
                await documents.UploadAsync(d.Name, stream, token);
            });
        }

        // Extraction outside the timed part, single thread: also gives the engine's share per document.
        var records = new Dictionary<string, EngineResult>(StringComparer.Ordinal);
        var engineClock = Stopwatch.StartNew();
        foreach (var (name, bytes) in floorDocuments)
        {
            records[name] = engine.Process(name, bytes);
        }

        engineClock.Stop();
        report.Figure("engine alone, same documents (1 thread)", count / engineClock.Elapsed.TotalSeconds, "documents/s");

        var options = new ParallelOptions { MaxDegreeOfParallelism = arguments.Concurrency, CancellationToken = cancellationToken };
        var floorLatencies = new ConcurrentBag<double>();
        var floorClock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(floorDocuments, options, async (d, token) =>
        {
            var clock = Stopwatch.StartNew();
            var content = await documents.DownloadAsync(d.Name, token) ?? throw new InvalidOperationException("A floor blob is missing.");
            var result = records[d.Name];
            if (result.Record is { } record)
            {
                await storage.Store.SaveAsync(record, content.ETag, token);
            }
            else
            {
                await storage.Store.SaveRejectionAsync(result.Rejection!, RecordIds.Sha256Hex(content.Bytes), content.ETag, token);
            }

            floorLatencies.Add(clock.Elapsed.TotalMilliseconds);
        });
        floorClock.Stop();

        var ingest = new IngestService(engine, storage.Store, documents);
        var pipelineLatencies = new ConcurrentBag<double>();
        var pipelineClock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(pipelineDocuments, options, async (d, token) =>
        {
            var clock = Stopwatch.StartNew();
            _ = await ingest.IngestBlobAsync(d.Name, cancellationToken: token);
            pipelineLatencies.Add(clock.Elapsed.TotalMilliseconds);
        });
        pipelineClock.Stop();

        var floorRate = count / floorClock.Elapsed.TotalSeconds;
        var pipelineRate = count / pipelineClock.Elapsed.TotalSeconds;
        report.Latencies($"floor: blob read + table writes, {count} files", [.. floorLatencies]);
        report.Latencies($"pipeline in process, {count} files", [.. pipelineLatencies]);
        report.Figure($"storage floor rate, {count} files, concurrency {arguments.Concurrency}", floorRate, "documents/s");
        report.Figure($"in-process pipeline rate, {count} files, concurrency {arguments.Concurrency}", pipelineRate, "documents/s");
        return new FloorResult(floorRate, pipelineRate);
    }
}
