using CaseIngest.LoadRunner;

// dotnet run -c Release --project tests/CaseIngest.LoadRunner -- <mode> [options]; see RunnerArguments.Usage.
var arguments = RunnerArguments.Parse(args);
if (arguments is null)
{
    Console.Error.WriteLine(RunnerArguments.Usage);
    return 2;
}

if (arguments.Mode == StartupScenario.ChildMode)
{
    return StartupScenario.RunChild(arguments);
}

var report = new Report(arguments.Mode, RunnerPaths.Output(arguments.Output));
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

switch (arguments.Mode)
{
    case "ingest":
        await IngestScenario.RunAsync(arguments, report, stop.Token);
        break;
    case "floor":
        await FloorScenario.RunAloneAsync(arguments, report, stop.Token);
        break;
    case "query":
        await QueryScenario.RunAsync(arguments, report, stop.Token);
        break;
    case "memory":
        MemoryScenario.Run(arguments, report);
        break;
    case "profile":
        ProfileScenario.Run(arguments, report);
        break;
    case "allocations":
        AllocationScenario.Run(arguments, report);
        break;
    case "scale":
        ScaleScenario.Run(arguments, report);
        break;
    case "records":
        var differences = RecordsScenario.Run(arguments, report, RunnerPaths.Output(arguments.Output));
        report.Write();
        return differences;
    case "startup":
        await StartupScenario.RunAsync(arguments, report, stop.Token);
        break;
    case "concurrency":
        await ConcurrencyScenario.RunAsync(arguments, report, stop.Token);
        break;
    case "worker-startup":
        await WorkerStartupScenario.RunAsync(arguments, report, stop.Token);
        break;
    case "cli":
        await CliScenario.RunAsync(arguments, report, stop.Token);
        break;
    case "smoke":
        await SmokeScenario.RunAsync(arguments, report, stop.Token);
        break;
    default:
        Console.Error.WriteLine(RunnerArguments.Usage);
        return 2;
}

report.Write();
return 0;
