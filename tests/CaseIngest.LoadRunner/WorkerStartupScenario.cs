using System.Diagnostics;
using System.Globalization;
using CaseIngest.Storage;
using CaseIngest.Worker.Tests.Host;
using CaseIngest.Worker.Tests.Rpc;

namespace CaseIngest.LoadRunner;

/// <summary>
/// The function app's worker from process start: started as the Functions host starts it, by a double of the host
/// (the worker tests' gRPC host), brought to the point where every function is loaded ("ready"), then given one blob
/// trigger invocation whose document is stored ("first record"). Each JIT setting (tiered compilation and tiered PGO
/// through <c>DOTNET_</c> variables) runs against the build output and, when published to <c>artifacts/worker</c>, the
/// ReadyToRun publish, in interleaved rounds. Beside the wall-clock times, the worker's CPU time at its first record,
/// which a shared machine disturbs less.
/// </summary>
internal static class WorkerStartupScenario
{
    private const string Function = "IngestCaseReport";

    private static readonly (string Name, Dictionary<string, string> Environment)[] Settings =
    [
        ("default (tiered, PGO on)", []),
        ("tiered compilation off", new() { ["DOTNET_TieredCompilation"] = "0" }),
        ("tiered PGO off", new() { ["DOTNET_TieredPGO"] = "0" }),
    ];

    public static async Task RunAsync(RunnerArguments arguments, Report report, CancellationToken cancellationToken)
    {
        var corpus = CorpusDocuments.Load(RunnerPaths.Corpus(arguments.Corpus));
        var document = corpus.All.First(d => d.Name.StartsWith("cases-io/", StringComparison.Ordinal));
        report.Note("first-record document", document.Name);
        await using var storage = await PerfStorage.StartAsync(cancellationToken);

        var builds = new List<(string Name, string Assembly)> { ("build output", RunnerPaths.WorkerAssembly) };
        if (File.Exists(RunnerPaths.PublishedWorkerAssembly))
        {
            builds.Add(("ReadyToRun publish", RunnerPaths.PublishedWorkerAssembly));
        }
        else
        {
            report.Note("ReadyToRun publish", "not measured: dotnet publish src/CaseIngest.Functions -c Release -r linux-x64 --self-contained false -o artifacts/worker");
        }

        var ready = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var first = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var cpu = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var container = storage.Blobs.GetBlobContainerClient(StorageNames.DocumentsContainer);
        var start = 0;
        var rounds = arguments.Starts;
        report.Note("rounds", $"{rounds} (every build and setting once per round)");
        for (var round = 0; round < rounds; round++)
        {
            foreach (var (build, assembly) in builds)
            {
                foreach (var (setting, environment) in Settings)
                {
                    var key = $"{build}, {setting}";
                    var name = $"worker-startup/{start++:D3}-{Path.GetFileName(document.Name)}";
                    var blob = container.GetBlobClient(name);
                    await blob.UploadAsync(BinaryData.FromBytes(document.Bytes), overwrite: true, cancellationToken);
                    var (readyMs, firstMs, cpuMs) = await StartOnceAsync(assembly, storage.ConnectionString, environment, name, blob.Uri);
                    (ready.TryGetValue(key, out var r) ? r : ready[key] = []).Add(readyMs);
                    (first.TryGetValue(key, out var f) ? f : first[key] = []).Add(firstMs);
                    (cpu.TryGetValue(key, out var c) ? c : cpu[key] = []).Add(cpuMs);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round + 1}: {key}: ready {readyMs:F0} ms, first record {firstMs:F0} ms, CPU {cpuMs:F0} ms"));
                }
            }
        }

        foreach (var key in ready.Keys)
        {
            report.Latencies($"{key}: process start to functions loaded", ready[key]);
            report.Latencies($"{key}: process start to first record", first[key]);
            report.Figure($"{key}: worker CPU at its first record (median)", Median(cpu[key]), "ms");
        }

        report.Figure("load average (1 min) at the end", ProcessCpu.LoadAverage(), "");
    }

    private static async Task<(double Ready, double First, double Cpu)> StartOnceAsync(string assembly, string connectionString, IReadOnlyDictionary<string, string> environment, string blobName, Uri blobUri)
    {
        var settings = new Dictionary<string, string>(environment, StringComparer.Ordinal)
        {
            ["AzureWebJobsStorage"] = connectionString,
            ["CaseIngest__StorageConnectionString"] = connectionString,
            ["CaseIngest__ContainerName"] = StorageNames.DocumentsContainer,
        };
        await using var host = await HostDouble.StartAsync(assembly, settings);
        var clock = Stopwatch.StartNew();
        await host.StartWorkerAsync();
        var ready = clock.Elapsed.TotalMilliseconds;
        var response = await host.InvokeAsync(Invocations.Blob(host.Functions[Function], host.Settings, blobName, blobUri, 0, 4), TimeSpan.FromSeconds(120));
        var first = clock.Elapsed.TotalMilliseconds;
        if (response.Result.Status != StatusResult.Types.Status.Success)
        {
            throw new InvalidOperationException($"The first invocation failed: {response.Result.Exception?.Message}\n{host.Diagnostics()}");
        }

        var cpu = ProcessCpu.Milliseconds(host.Process!.Id);
        return (ready, first, cpu);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return Percentiles.Of(sorted, 50);
    }
}
