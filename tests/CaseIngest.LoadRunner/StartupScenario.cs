using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CaseIngest.Core;

namespace CaseIngest.LoadRunner;

/// <summary>
/// Start-up costs. The engine cold: lexicon load and first extraction, each in a fresh child process (this runner
/// in its <c>startup-child</c> mode, seven starts), with the JIT's share; the engine warm: the same in this
/// process after one engine and one extraction (five repeats); the app's readiness for <c>GET /</c> after process
/// start (five starts); the CLI from process start to its first record on stdout (ten starts), from the build
/// output and, when published to <c>artifacts/cli</c>, from that publish.
/// </summary>
internal static class StartupScenario
{
    public const string ChildMode = "startup-child";

    private const int EngineStarts = 7;
    private const int WarmRepeats = 5;
    private const int AppStarts = 5;
    private const int CliStarts = 10;

    public static async Task RunAsync(RunnerArguments arguments, Report report, CancellationToken cancellationToken)
    {
        var corpusRoot = RunnerPaths.Corpus(arguments.Corpus);
        var corpus = CorpusDocuments.Load(corpusRoot);
        var first = corpus.All.First(d => d.Name.StartsWith("cases-io/", StringComparison.Ordinal));
        var file = Path.Combine(corpusRoot, first.Name);
        report.Note("start-up document", first.Name);

        var coldLoad = new List<double>();
        var coldFirst = new List<double>();
        var jitMethods = new List<double>();
        var jitMilliseconds = new List<double>();
        for (var i = 0; i < EngineStarts; i++)
        {
            var child = await RunChildAsync(file, cancellationToken);
            coldLoad.Add(child.GetProperty("loadMs").GetDouble());
            coldFirst.Add(child.GetProperty("loadAndFirstMs").GetDouble());
            jitMethods.Add(child.GetProperty("jitMethods").GetDouble());
            jitMilliseconds.Add(child.GetProperty("jitMs").GetDouble());
        }

        report.Latencies("engine cold, fresh process (JIT build): lexicon load", coldLoad);
        report.Latencies("engine cold, fresh process (JIT build): load + first extraction", coldFirst);
        report.Figure("engine cold: methods compiled by the JIT (median)", Median(jitMethods), "methods");
        report.Figure("engine cold: time in the JIT (median, all threads)", Median(jitMilliseconds), "ms");

        _ = new CaseEngine().Process(first.Name, first.Bytes);
        var warmLoad = new List<double>();
        var warmFirst = new List<double>();
        for (var i = 0; i < WarmRepeats; i++)
        {
            var clock = Stopwatch.StartNew();
            var engine = new CaseEngine();
            warmLoad.Add(clock.Elapsed.TotalMilliseconds);
            _ = engine.Process(first.Name, first.Bytes);
            warmFirst.Add(clock.Elapsed.TotalMilliseconds);
        }

        report.Latencies("engine warm, in process: lexicon load", warmLoad);
        report.Latencies("engine warm, in process: load + first extraction", warmFirst);

        await using (var storage = await PerfStorage.StartAsync(cancellationToken))
        {
            var ready = new List<double>();
            for (var i = 0; i < AppStarts; i++)
            {
                await using var app = await IngestScenario.StartAppAsync(storage, arguments, watch: false, cancellationToken);
                ready.Add(app.ReadyAfter.TotalMilliseconds);
            }

            report.Latencies("app: process start to GET / answered", ready);
        }

        report.Latencies("CLI (build output, JIT): process start to first record", await TimeCliAsync(RunnerPaths.CliDirectory, file, cancellationToken));
        if (File.Exists(Path.Combine(RunnerPaths.PublishedCliDirectory, "caseingest")))
        {
            report.Latencies("CLI (published, artifacts/cli): process start to first record", await TimeCliAsync(RunnerPaths.PublishedCliDirectory, file, cancellationToken));
        }
        else
        {
            report.Note("CLI (published, artifacts/cli)", "not measured: eng/publish.sh --cli");
        }
    }

    /// <summary>The child: one engine and one extraction in this fresh process, printed as one JSON line.</summary>
    public static int RunChild(RunnerArguments arguments)
    {
        var path = arguments.Document ?? throw new InvalidOperationException("startup-child needs --document.");
        var bytes = File.ReadAllBytes(path);
        var clock = Stopwatch.StartNew();
        var engine = new CaseEngine();
        var loaded = clock.Elapsed.TotalMilliseconds;
        var result = engine.Process(Path.GetFileName(path), bytes);
        var total = clock.Elapsed.TotalMilliseconds;
        var methods = System.Runtime.JitInfo.GetCompiledMethodCount();
        var jit = System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $$"""{"loadMs":{{loaded:F2}},"loadAndFirstMs":{{total:F2}},"jitMethods":{{methods}},"jitMs":{{jit:F2}},"succeeded":{{(result.Succeeded ? "true" : "false")}}}"""));
        return result.Succeeded ? 0 : 1;
    }

    private static async Task<JsonElement> RunChildAsync(string file, CancellationToken cancellationToken)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("The runner's own path is unknown.");
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(StartupScenario).Assembly.Location);
        }

        start.ArgumentList.Add(ChildMode);
        start.ArgumentList.Add("--document");
        start.ArgumentList.Add(file);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("The runner could not start its child.");
        var output = await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"The start-up child exited with {process.ExitCode}.");
        }

        using var json = JsonDocument.Parse(output);
        return json.RootElement.Clone();
    }

    private static async Task<List<double>> TimeCliAsync(string directory, string file, CancellationToken cancellationToken)
    {
        var cli = Path.Combine(directory, "caseingest");
        var firstRecord = new List<double>();
        for (var i = 0; i < CliStarts; i++)
        {
            var start = File.Exists(cli) ? new ProcessStartInfo(cli) : new ProcessStartInfo("dotnet", [Path.Combine(directory, "caseingest.dll")]);
            start.ArgumentList.Add("extract");
            start.ArgumentList.Add(file);
            start.RedirectStandardOutput = true;
            start.UseShellExecute = false;
            var run = Stopwatch.StartNew();
            using var process = Process.Start(start) ?? throw new InvalidOperationException("The CLI could not be started.");
            var line = await process.StandardOutput.ReadLineAsync(cancellationToken);
            firstRecord.Add(run.Elapsed.TotalMilliseconds);
            await process.StandardOutput.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            if (line is null || !line.StartsWith('{'))
            {
                throw new InvalidOperationException("The CLI printed no record.");
            }
        }

        return firstRecord;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return Percentiles.Of(sorted, 50);
    }
}
