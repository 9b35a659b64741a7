using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace CaseIngest.LoadRunner;

/// <summary>
/// <c>caseingest extract</c> as a user meets it, side by side with a floor and a peer, in one run of interleaved rounds.
/// Three programs, each a fresh process per measurement: the published CLI (<c>artifacts/cli</c>, as <c>eng/publish.sh --cli</c> makes it: ReadyToRun, or Native AOT with <c>--aot</c>); the floor
/// (<c>artifacts/cli-floor</c>: read, decode, tokenize and split into sentences with the engine's own code, published
/// the same way); the peer (<c>tests/peers/lexicon_peer.py</c>, a naive lexicon-and-regex extractor, when
/// <c>python3</c> is on the machine). Each runs on one case report, on the corpus files (the list once) and on the
/// list eight times over. Per process: CPU time (user + system, from the runner's <c>RUSAGE_CHILDREN</c> across it),
/// wall time, and the time from process start to its first output line. Cost after start-up = the corpus bytes
/// read seven more times / (CPU of the 8× run − CPU of the 1× run), per round, median over rounds.
/// </summary>
internal static class CliScenario
{
    private const int Repeats = 8;

    private static readonly string[] Workloads = ["one file", "corpus 1×", $"corpus {Repeats}×"];

    public static async Task RunAsync(RunnerArguments arguments, Report report, CancellationToken cancellationToken)
    {
        var corpusRoot = RunnerPaths.Corpus(arguments.Corpus);
        var files = CorpusFiles(corpusRoot);
        var bytes = files.Sum(f => new FileInfo(Path.Combine(corpusRoot, f)).Length);
        var one = files.First(f => f.StartsWith("cases-io/", StringComparison.Ordinal));
        List<string>[] lists = [[one], files, [.. Enumerable.Repeat(files, Repeats).SelectMany(f => f)]];
        report.Note("files", $"{files.Count} corpus files, {bytes / 1e6:F2} MB (one file: {one}); the list {Repeats}× is {Repeats * bytes / 1e6:F1} MB");

        var programs = Programs(arguments, report);
        if (programs.Count == 0 || programs[0].Name != "CLI")
        {
            throw new InvalidOperationException("The published CLI is missing: eng/publish.sh --cli");
        }

        var runs = programs.ToDictionary(p => p.Name, _ => Workloads.Select(_ => new List<CliRun>()).ToArray(), StringComparer.Ordinal);
        var table = new StringBuilder("round,program,workload,cpu_ms,wall_ms,first_line_ms,first_line_cpu_ms,lines,load_average\n");
        var loadStart = ProcessCpu.LoadAverage();
        report.Note("rounds", $"{arguments.Starts} (every program on every list once per round, the order of programs rotated each round)");
        for (var round = 0; round < arguments.Starts; round++)
        {
            for (var w = 0; w < Workloads.Length; w++)
            {
                for (var p = 0; p < programs.Count; p++)
                {
                    var program = programs[(p + round) % programs.Count];
                    var run = await RunOnceAsync(program, lists[w], corpusRoot, arguments.Timeout, cancellationToken);
                    runs[program.Name][w].Add(run);
                    var load = ProcessCpu.LoadAverage();
                    table.Append(CultureInfo.InvariantCulture, $"{round + 1},{program.Name},{Workloads[w]},{run.CpuMs:F0},{run.WallMs:F0},{run.FirstLineMs:F1},{run.FirstLineCpuMs:F0},{run.Lines},{load:F2}\n");
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round + 1}: {program.Name}, {Workloads[w]}: CPU {run.CpuMs:F0} ms, wall {run.WallMs:F0} ms, first line {run.FirstLineMs:F0} ms ({run.FirstLineCpuMs:F0} ms CPU), load {load:F1}"));
                }
            }
        }

        report.Table("rounds", table.ToString());
        foreach (var program in programs)
        {
            var r = runs[program.Name];
            for (var w = 0; w < Workloads.Length; w++)
            {
                report.Figure($"{program.Name}, {Workloads[w]}: CPU (median)", Median(r[w].Select(x => x.CpuMs)), "ms");
                report.Figure($"{program.Name}, {Workloads[w]}: wall (median)", Median(r[w].Select(x => x.WallMs)), "ms");
            }

            report.Latencies($"{program.Name}: process start to first output line, one file", [.. r[0].Select(x => x.FirstLineMs)]);
            report.Figure($"{program.Name}, one file: CPU at the first output line (median)", Median(r[0].Select(x => x.FirstLineCpuMs)), "ms");
            var extra = r[2].Zip(r[1], (eight, once) => eight.CpuMs - once.CpuMs).ToList();
            report.Figure($"{program.Name}: CPU of {Repeats - 1} more passes of the list (median of rounds)", Median(extra), "ms");
            report.Figure($"{program.Name}: after start-up, MB per CPU-second", (Repeats - 1) * bytes / 1e6 / (Median(extra) / 1000), "MB/s");
            report.Figure($"{program.Name}: start-up estimate (1× CPU − one pass after start-up)", Median(r[1].Select(x => x.CpuMs)) - (Median(extra) / (Repeats - 1)), "ms");
        }

        Ratios(report, runs, "CLI", "floor", "CLI / floor");
        Ratios(report, runs, "peer", "CLI", "peer / CLI");
        Ratios(report, runs, "CLI", "CLI (baseline)", "CLI / CLI (baseline)");
        report.Note("load average (1 min)", string.Create(CultureInfo.InvariantCulture, $"{loadStart:F1} at the start, {ProcessCpu.LoadAverage():F1} at the end"));
    }

    /// <summary>Ratios of CPU time within each round (so a round's load is on both sides), median over rounds.</summary>
    private static void Ratios(Report report, Dictionary<string, List<CliRun>[]> runs, string numerator, string denominator, string name)
    {
        if (!runs.TryGetValue(numerator, out var a) || !runs.TryGetValue(denominator, out var b))
        {
            return;
        }

        for (var w = 0; w < Workloads.Length; w++)
        {
            report.Figure($"{name}, {Workloads[w]}: CPU ratio (median of rounds)", Median(a[w].Zip(b[w], (x, y) => x.CpuMs / y.CpuMs)), "×");
        }

        var extraA = a[2].Zip(a[1], (eight, once) => eight.CpuMs - once.CpuMs);
        var extraB = b[2].Zip(b[1], (eight, once) => eight.CpuMs - once.CpuMs);
        report.Figure($"{name}, after start-up: CPU ratio (median of rounds)", Median(extraA.Zip(extraB, (x, y) => x / y)), "×");
        report.Figure($"{name}, one file: first output line ratio (median of rounds)", Median(a[0].Zip(b[0], (x, y) => x.FirstLineMs / y.FirstLineMs)), "×");
    }

    /// <summary>The corpus files the engine reads, as the corpus mix lists them (no Markdown: the corpus holds none), relative and in order.</summary>
    private static List<string> CorpusFiles(string root)
    {
        (string Folder, string Pattern)[] folders =
        [
            ("cases-io", "*.txt"), ("maccrobat", "*.txt"), ("pubmed-html", "*.html"), ("pubmed-xml", "*.xml"), ("medline-text", "*.txt"), ("jats", "*.nxml"),
        ];
        var files = folders
            .Where(f => Directory.Exists(Path.Combine(root, f.Folder)))
            .SelectMany(f => Directory.EnumerateFiles(Path.Combine(root, f.Folder), f.Pattern, SearchOption.AllDirectories))
            .Where(p => !p.EndsWith("SOURCES.md", StringComparison.Ordinal))
            .Select(p => Path.GetRelativePath(root, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        return files.Count > 0 ? files : throw new DirectoryNotFoundException($"No corpus files under {root}; pass --corpus.");
    }

    private static List<CliProgram> Programs(RunnerArguments arguments, Report report)
    {
        var programs = new List<CliProgram>();
        var cli = Path.Combine(RunnerPaths.PublishedCliDirectory, "caseingest");
        if (File.Exists(cli))
        {
            programs.Add(new CliProgram("CLI", cli, ["extract"], new Dictionary<string, string>()));
        }

        var floor = Path.Combine(RunnerPaths.PublishedFloorDirectory, "caseingest-floor");
        if (File.Exists(floor))
        {
            programs.Add(new CliProgram("floor", floor, [], new Dictionary<string, string>()));
        }
        else
        {
            report.Note("floor", "not measured: dotnet publish tests/CaseIngest.CliFloor -c Release -r linux-x64 -o artifacts/cli-floor");
        }

        var peer = Path.Combine(RunnerPaths.Root, "tests", "peers", "lexicon_peer.py");
        if (PythonVersion() is { } version)
        {
            report.Note("peer", $"{version}, tests/peers/lexicon_peer.py");
            programs.Add(new CliProgram("peer", "python3", [peer], new Dictionary<string, string> { ["PYTHONDONTWRITEBYTECODE"] = "1" }));
        }
        else
        {
            report.Note("peer", "not measured: python3 is not on the PATH");
        }

        if (arguments.BaselineCli is { } baseline)
        {
            var other = Path.Combine(Path.GetFullPath(baseline), "caseingest");
            if (!File.Exists(other))
            {
                throw new FileNotFoundException($"--baseline-cli: no caseingest in {baseline}.");
            }

            programs.Add(new CliProgram("CLI (baseline)", other, ["extract"], new Dictionary<string, string>()));
        }

        return programs;
    }

    private static string? PythonVersion()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("python3", ["--version"]) { RedirectStandardOutput = true, UseShellExecute = false });
            if (process is null)
            {
                return null;
            }

            var version = process.StandardOutput.ReadToEnd().Trim();
            return process.WaitForExit(10_000) && process.ExitCode == 0 ? version : null;
        }
        catch (Win32Exception)
        {
            return null;
        }
    }

    private static async Task<CliRun> RunOnceAsync(CliProgram program, List<string> files, string corpusRoot, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program.Executable)
        {
            WorkingDirectory = corpusRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in program.Leading.Concat(files))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in program.Environment)
        {
            start.Environment[name] = value;
        }

        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(timeout);
        var cpuBefore = ChildCpu.Milliseconds();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program.Name} could not be started.");
        var errors = process.StandardError.ReadToEndAsync(bounded.Token);
        var first = double.NaN;
        var firstCpu = double.NaN;
        var lines = 0;
        try
        {
            while (await process.StandardOutput.ReadLineAsync(bounded.Token) is not null)
            {
                if (lines++ == 0)
                {
                    first = clock.Elapsed.TotalMilliseconds;
                    firstCpu = ProcessCpu.Milliseconds(process.Id);
                }
            }

            await process.WaitForExitAsync(bounded.Token);
            await errors;
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program.Name} did not finish {files.Count} files within {timeout.TotalSeconds:F0} s.");
        }

        var wall = clock.Elapsed.TotalMilliseconds;
        var cpu = ChildCpu.Milliseconds() - cpuBefore;

        // The CLI exits with 1 when a file is rejected (the corpus holds an empty PubMed XML answer); anything else is a failure.
        if (process.ExitCode is not (0 or 1) || lines == 0)
        {
            throw new InvalidOperationException($"{program.Name} exited with {process.ExitCode} after {lines} lines.");
        }

        return new CliRun(cpu, wall, first, firstCpu, lines);
    }

    private static double Median(IEnumerable<double> values) => Percentiles.Of(values.Order().ToList(), 50);
}
