using System.Globalization;

namespace CaseIngest.LoadRunner;

/// <summary>The command line: a mode, then <c>--name value</c> pairs. Every count and duration has an upper bound.</summary>
internal sealed record RunnerArguments
{
    public const string Usage = """
        usage: CaseIngest.LoadRunner <mode> [options]
          modes:
            ingest    blob-to-queryable latency for 1, 100 and --files files, sustained rate, and the storage floor
            floor     the storage floor alone (blob reads and table writes of pre-extracted records)
            query     query latency with --records records stored
            memory    engine memory across --documents documents and the peak for a --large-mb input
            profile   extraction time per step over the corpus mix, and the slowest documents per KB
            allocations  what each part of extraction allocates over the corpus mix, by type (the runtime's samples)
            scale     cost per input byte per step at 100 KB, 1 MB, 4 MB and 16 MB (corpus reports concatenated),
                      and of parsing in its parts (decoding, each format test, the plain-text parse)
            records   every record of the corpus and of concatenated inputs (1 to 16 MB) into records.tsv;
                      with --compare FILE, fails when any record differs from that file's
            startup   engine cold (fresh process) and warm start, handler readiness (GET /), CLI cold start
            smoke     a few files end to end (under a minute)
            worker-startup  the function app's worker from process start to functions loaded and to its first record,
                      per JIT setting, from the build output and the ReadyToRun publish in artifacts/worker
            cli       caseingest extract as published (artifacts/cli) on one file, the corpus files and the list 8 times,
                      beside a read-and-tokenize floor (artifacts/cli-floor) and a Python lexicon peer, in --starts
                      interleaved rounds: CPU, wall, first record, MB per CPU-second after start-up, ratios
            concurrency  the function app's ingest path at 1, 2, 4, 8, 16, 32 concurrent ingests: documents/s,
                      p50/p95, CPU per document, the storage floor at each level, where throughput saturates
          options:
            --files N          largest ingest batch (default 1000, at most 10000)
            --records N        records stored for the query mode (default 10000, at most 20000)
            --queries N        requests per query kind (default 300, at most 5000)
            --documents N      documents for the memory mode (default 10000, at most 20000)
            --large-mb N       size of the large input in MB (default 50, at most 64)
            --concurrency N    documents ingested at once by the watcher and the floor (default 4)
            --per-level N      documents per level in the concurrency mode (default 200, at most 5000)
            --max-level N      highest level of the concurrency mode (default 32)
            --starts N         rounds of the worker-startup and cli modes (default 5, at most 20)
            --passes N         profile and allocations modes: N passes over the mix to warm up, then N timed passes (default 1, at most 50)
            --baseline-cli DIR another published CLI measured beside artifacts/cli in the cli mode
            --poll-ms N        watcher poll interval in ms (default 500, the app's own default)
            --timeout-s N      bound on each waiting step in seconds (default 300)
            --out DIR          output folder (default artifacts/perf under the repository root)
            --corpus DIR       the shared corpus (default ../shared/corpus beside the repository)
            --compare FILE     records.tsv of an earlier build (records mode)
        """;

    public string Mode { get; init; } = "";
    public int Files { get; init; } = 1000;
    public int Records { get; init; } = 10_000;
    public int Queries { get; init; } = 300;
    public int Documents { get; init; } = 10_000;
    public int LargeMegabytes { get; init; } = 50;
    public int Concurrency { get; init; } = 4;
    public int PerLevel { get; init; } = 200;
    public int MaxLevel { get; init; } = 32;
    public int Starts { get; init; } = 5;
    public int Passes { get; init; } = 1;
    public int PollMilliseconds { get; init; } = 500;
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(300);
    public string? Output { get; init; }
    public string? Corpus { get; init; }
    public string? Document { get; init; }
    public string? Compare { get; init; }
    public string? BaselineCli { get; init; }

    public static RunnerArguments? Parse(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                return null;
            }

            values[args[i][2..]] = args[i + 1];
        }

        int Int(string key, int fallback, int min, int max) =>
            values.TryGetValue(key, out var text) ? Math.Clamp(int.Parse(text, CultureInfo.InvariantCulture), min, max) : fallback;

        return new RunnerArguments
        {
            Mode = args[0],
            Files = Int("files", 1000, 1, 10_000),
            Records = Int("records", 10_000, 1, 20_000),
            Queries = Int("queries", 300, 1, 5000),
            Documents = Int("documents", 10_000, 1, 20_000),
            LargeMegabytes = Int("large-mb", 50, 1, 64),
            Concurrency = Int("concurrency", 4, 1, 64),
            PerLevel = Int("per-level", 200, 1, 5000),
            MaxLevel = Int("max-level", 32, 1, 32),
            Starts = Int("starts", 5, 1, 20),
            Passes = Int("passes", 1, 1, 50),
            PollMilliseconds = Int("poll-ms", 500, 100, 60_000),
            Timeout = TimeSpan.FromSeconds(Int("timeout-s", 300, 5, 3600)),
            Output = values.GetValueOrDefault("out"),
            Corpus = values.GetValueOrDefault("corpus"),
            Document = values.GetValueOrDefault("document"),
            Compare = values.GetValueOrDefault("compare"),
            BaselineCli = values.GetValueOrDefault("baseline-cli"),
        };
    }
}
