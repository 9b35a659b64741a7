using System.Collections.Concurrent;
using System.Diagnostics;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using CaseIngest.Core;
using CaseIngest.Storage;

namespace CaseIngest.LoadRunner;

/// <summary>
/// Blob-to-queryable latency through local mode: files are uploaded to the container the app's watcher polls, and a
/// document counts as queryable when its Cases row (written last) or its Rejections row exists. Latency is the
/// row's server timestamp minus the end of the upload; both clocks are this machine's.
/// </summary>
internal static class IngestScenario
{
    public static async Task RunAsync(RunnerArguments arguments, Report report, CancellationToken cancellationToken)
    {
        var corpus = CorpusDocuments.Load(RunnerPaths.Corpus(arguments.Corpus));
        report.Note("corpus", $"{corpus.Count} documents, {corpus.TotalBytes / 1024.0 / 1024.0:F1} MB (text, Markdown, PubMed HTML, PubMed XML, MEDLINE, JATS)");
        await using var storage = await PerfStorage.StartAsync(cancellationToken);
        var stages = new StageLog();
        await using var app = await StartAppAsync(storage, arguments, watch: true, cancellationToken, stages);
        report.Figure("handler ready (GET /) after process start", app.ReadyAfter.TotalMilliseconds, "ms");
        report.Note("watcher", $"poll every {arguments.PollMilliseconds} ms, {arguments.Concurrency} documents at once");

        using var sampler = new MemorySampler(app.ProcessId);
        double sustained = 0;
        foreach (var count in new[] { 1, 100, arguments.Files }.Where(c => c <= arguments.Files).Distinct())
        {
            var batch = await RunBatchAsync(storage, corpus, $"ingest/n{count}/", count, arguments, cancellationToken);
            report.Latencies($"blob-to-queryable, {count} file(s)", batch.Latencies);
            foreach (var (stage, milliseconds) in stages.Stages(batch.Uploaded, batch.Stored))
            {
                report.Latencies($"stage, {count} file(s): {stage}", milliseconds);
            }

            var (listings, listed, listingMs) = stages.Listings(batch.Started, batch.Started + batch.Elapsed);
            report.Note($"watcher listings, {count} file(s)", $"{listings} listings of {listed} blobs in all, {listingMs:F0} ms listing (upload start to last row)");
            sustained = count / batch.Elapsed.TotalSeconds;
            report.Figure($"ingest rate, {count} file(s) (upload start to last row)", sustained, "documents/s");
            if (batch.Missing > 0)
            {
                report.Figure($"not queryable within the time bound, {count} file(s)", batch.Missing, "documents");
            }
        }

        report.Figure("app resident memory, peak while ingesting", sampler.PeakApp, "MB");
        report.Figure("app resident memory, at the end", ProcessMemory.ResidentMegabytes(app.ProcessId), "MB");
        report.Figure("Azurite resident memory, at the end", ProcessMemory.ResidentMegabytes(storage.ProcessId), "MB");

        var floor = await FloorScenario.RunAsync(storage, corpus, arguments, report, cancellationToken);
        report.Figure("watcher pipeline cost / storage floor (rate ratio)", floor.FloorRate / sustained, "x");
        report.Figure("in-process pipeline cost / storage floor (rate ratio)", floor.FloorRate / floor.PipelineRate, "x");
    }

    /// <summary>Starts the app with the watcher at the run's poll interval and concurrency; with <paramref name="stages"/>, it also logs when each document passed each stage.</summary>
    public static Task<FunctionsApp> StartAppAsync(PerfStorage storage, RunnerArguments arguments, bool watch, CancellationToken cancellationToken, StageLog? stages = null)
    {
        var drop = Path.Combine(Path.GetTempPath(), "caseingest-perf-drop-" + Environment.ProcessId);
        var settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["CaseIngest__Local__Watch"] = watch ? "true" : "false",
            ["CaseIngest__Local__PollIntervalMilliseconds"] = arguments.PollMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["CaseIngest__Local__IngestConcurrency"] = arguments.Concurrency.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["CaseIngest__Local__DropDirectory"] = drop,
        };
        if (stages is not null)
        {
            foreach (var (key, value) in StageLog.AppSettings)
            {
                settings[key] = value;
            }
        }

        return FunctionsApp.StartAsync(storage.ConnectionString, settings, cancellationToken, stages is null ? null : stages.Read);
    }

    public static async Task<BatchResult> RunBatchAsync(PerfStorage storage, CorpusDocuments corpus, string prefix, int count, RunnerArguments arguments, CancellationToken cancellationToken)
    {
        var documents = Enumerable.Range(0, count).Select(i => corpus.Take(prefix, i)).ToList();
        var pending = documents.ToDictionary(d => RecordIds.FromName(d.Name), d => d.Name, StringComparer.Ordinal);
        var container = storage.Blobs.GetBlobContainerClient(StorageNames.DocumentsContainer);
        var uploaded = new ConcurrentDictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var started = DateTimeOffset.UtcNow;
        await Parallel.ForEachAsync(documents, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (document, token) =>
        {
            await container.GetBlobClient(document.Name).UploadAsync(BinaryData.FromBytes(document.Bytes), overwrite: true, token);
            uploaded[RecordIds.FromName(document.Name)] = DateTimeOffset.UtcNow;
        });

        var done = await WaitForRowsAsync(storage, pending.Keys.ToHashSet(StringComparer.Ordinal), started.AddSeconds(-2), arguments.Timeout, cancellationToken);
        var latencies = done.Select(p => (p.Value - uploaded[p.Key]).TotalMilliseconds).ToList();
        var last = done.Count == 0 ? DateTimeOffset.UtcNow : done.Values.Max();
        return new BatchResult(latencies, started, last - started, count - done.Count, uploaded, done);
    }

    /// <summary>How far before the previous look each look starts: rows are stamped by the emulator, on this machine's clock.</summary>
    private static readonly TimeSpan RowClockMargin = TimeSpan.FromSeconds(2);

    /// <summary>Polls the Cases and Rejections tables (rows written since the batch started, then since shortly before the previous look) until every id has a row or the bound passes; returns each row's timestamp.</summary>
    private static async Task<Dictionary<string, DateTimeOffset>> WaitForRowsAsync(PerfStorage storage, HashSet<string> ids, DateTimeOffset since, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var done = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        var cases = storage.Tables.GetTableClient(StorageNames.CasesTable);
        var rejections = storage.Tables.GetTableClient(StorageNames.RejectionsTable);
        while (done.Count < ids.Count && clock.Elapsed < timeout)
        {
            await Task.Delay(500, cancellationToken);

            // Only rows written since shortly before the last look: the emulator still scans the table, but returns a
            // few rows instead of every row of the batch, so the measurement takes less of the emulator it measures.
            var filter = TableClient.CreateQueryFilter($"Timestamp ge {since}");
            since = DateTimeOffset.UtcNow - RowClockMargin;
            foreach (var table in new[] { cases, rejections })
            {
                await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "Timestamp"], maxPerPage: 1000, cancellationToken: cancellationToken))
                {
                    if (ids.Contains(row.PartitionKey) && row.Timestamp is { } written)
                    {
                        done.TryAdd(row.PartitionKey, written);
                    }
                }
            }
        }

        return done;
    }
}
