using System.Collections.Concurrent;
using System.Diagnostics;
using CaseIngest.Core;
using CaseIngest.Core.Model;
using CaseIngest.Storage;

namespace CaseIngest.LoadRunner;

/// <summary>
/// The storage floor: for the same documents, the requests the watcher's path makes without its extraction: the state
/// read, the blob read and the save of a record extracted beforehand, whose grouping check runs after the case row
/// beside the next documents (<see cref="GroupingRuns"/>, as many at once as the watcher lets run), with no watcher, at
/// the watcher's concurrency; the clock stops when the last check has ended. Beside it, the same documents through
/// <see cref="IngestService.IngestIfChangedAsync(string, string, GroupingRuns, CancellationToken)"/> in process (state
/// read, blob read, extraction, save, the check left for later), so the pipeline can be stated as a multiple of the floor.
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
        var etags = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        foreach (var set in new[] { floorDocuments, pipelineDocuments })
        {
            await Parallel.ForEachAsync(set, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (d, token) =>
            {
                using var stream = new MemoryStream(d.Bytes, writable: false);
                etags[d.Name] = await documents.UploadAsync(d.Name, stream, token);
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
        var stored = records.Values.Select(r => r.Record).OfType<CaseRecord>().ToList();
        report.Figure("Facts rows per record (mean)", stored.Average(r => (double)Storage.Entities.FactRows.For(r).Count), "rows");
        report.Figure("CaseIndex rows per record (mean)", stored.Average(r => (double)Storage.Keys.IndexKeys.For(r).Count), "rows");

        // A short warm-up of both paths (connections, JIT), not timed.
        foreach (var (name, _) in Enumerable.Range(0, Math.Min(20, count)).Select(i => corpus.Take("warm/", i)))
        {
            using var stream = new MemoryStream(corpus.Take("warm/", 0).Bytes, writable: false);
            await documents.UploadAsync(name, stream, cancellationToken);
            _ = await new IngestService(engine, storage.Store, documents).IngestBlobAsync(name, cancellationToken: cancellationToken);
        }

        // Balanced order (pipeline, floor, floor, pipeline over two halves), so neither path gains from running second.
        var options = new ParallelOptions { MaxDegreeOfParallelism = arguments.Concurrency, CancellationToken = cancellationToken };
        var ingest = new IngestService(engine, storage.Store, documents);
        var floorLatencies = new ConcurrentBag<double>();
        var pipelineLatencies = new ConcurrentBag<double>();
        var floorClock = new Stopwatch();
        var pipelineClock = new Stopwatch();
        var half = count / 2;

        // As many grouping checks at once as the watcher lets run beside its workers.
        var grouping = new GroupingRuns(arguments.Concurrency * 2);
        async Task FloorAsync(IEnumerable<(string Name, byte[] Bytes)> set)
        {
            floorClock.Start();
            await Parallel.ForEachAsync(set, options, async (d, token) =>
            {
                var clock = Stopwatch.StartNew();
                var state = await storage.Store.GetStateAsync(RecordIds.FromName(d.Name), token);
                var content = await documents.DownloadAsync(d.Name, token) ?? throw new InvalidOperationException("A floor blob is missing.");
                var result = records[d.Name];
                if (result.Record is { } record)
                {
                    var saved = await storage.Store.SaveAsync(record, content.ETag, state, groupLater: true, token);
                    if (saved.Grouping is { } check)
                    {
                        await grouping.StartAsync(() => check(CancellationToken.None), token);
                    }
                }
                else
                {
                    await storage.Store.SaveRejectionAsync(result.Rejection!, RecordIds.Sha256Hex(content.Bytes), content.ETag, token);
                }

                floorLatencies.Add(clock.Elapsed.TotalMilliseconds);
            });
            await grouping.WhenIdleAsync();
            floorClock.Stop();
        }

        async Task PipelineAsync(IEnumerable<(string Name, byte[] Bytes)> set)
        {
            pipelineClock.Start();
            await Parallel.ForEachAsync(set, options, async (d, token) =>
            {
                var clock = Stopwatch.StartNew();
                _ = await ingest.IngestIfChangedAsync(d.Name, etags[d.Name], grouping, token);
                pipelineLatencies.Add(clock.Elapsed.TotalMilliseconds);
            });
            await grouping.WhenIdleAsync();
            pipelineClock.Stop();
        }

        await PipelineAsync(pipelineDocuments.Take(half));
        await FloorAsync(floorDocuments.Take(half));
        await FloorAsync(floorDocuments.Skip(half));
        await PipelineAsync(pipelineDocuments.Skip(half));

        var floorRate = count / floorClock.Elapsed.TotalSeconds;
        var pipelineRate = count / pipelineClock.Elapsed.TotalSeconds;
        report.Latencies($"floor: state read, blob read, writes to the case row, {count} files", [.. floorLatencies]);
        report.Latencies($"pipeline in process to the case row, {count} files", [.. pipelineLatencies]);
        report.Figure($"storage floor rate, {count} files, concurrency {arguments.Concurrency}", floorRate, "documents/s");
        report.Figure($"in-process pipeline rate, {count} files, concurrency {arguments.Concurrency}", pipelineRate, "documents/s");
        return new FloorResult(floorRate, pipelineRate);
    }
}
