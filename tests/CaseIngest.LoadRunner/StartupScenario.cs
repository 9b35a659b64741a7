using System.Diagnostics;
using CaseIngest.Core;

namespace CaseIngest.LoadRunner;

/// <summary>
/// Start-up costs: lexicon load and first extraction in this process, the app's readiness for <c>GET /</c> after
/// process start (five starts), and the CLI from process start to its first record on stdout (ten starts).
/// </summary>
internal static class StartupScenario
{
    private const int AppStarts = 5;
    private const int CliStarts = 10;

    public static async Task RunAsync(RunnerArguments arguments, Report report, CancellationToken cancellationToken)
    {
        var corpus = CorpusDocuments.Load(RunnerPaths.Corpus(arguments.Corpus));
        var first = corpus.All.First(d => d.Name.StartsWith("cases-io/", StringComparison.Ordinal));
        var clock = Stopwatch.StartNew();
        var engine = new CaseEngine();
        var loaded = clock.Elapsed.TotalMilliseconds;
        _ = engine.Process(first.Name, first.Bytes);
        report.Figure("lexicon load (new CaseEngine, cold, in process)", loaded, "ms");
        report.Figure("lexicon load + first extraction (cold, in process)", clock.Elapsed.TotalMilliseconds, "ms");

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

        var cli = Path.Combine(RunnerPaths.CliDirectory, "caseingest");
        var file = Path.Combine(RunnerPaths.Corpus(arguments.Corpus), first.Name);
        var firstRecord = new List<double>();
        for (var i = 0; i < CliStarts; i++)
        {
            var start = File.Exists(cli) ? new ProcessStartInfo(cli) : new ProcessStartInfo("dotnet", [Path.Combine(RunnerPaths.CliDirectory, "caseingest.dll")]);
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

        report.Latencies("CLI: process start to first record", firstRecord);
    }
}
