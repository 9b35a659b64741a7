using System.Collections.Concurrent;
using System.Diagnostics;

namespace CaseIngest.Worker.Tests.Host;

/// <summary>
/// The worker as the Functions host starts it: <c>dotnet &lt;worker&gt;.dll</c> in the app folder, with the host's
/// arguments in both forms (the older <c>--host/--port/--workerId/--requestId/--grpcMaxMessageLength</c> and the
/// <c>--functions-*</c> switches the isolated worker maps to <c>Functions:Worker:*</c>) and the host's environment.
/// Its console output is kept (the last lines) for failure messages.
/// </summary>
internal sealed class WorkerProcess : IDisposable
{
    public const int GrpcMaxMessageLength = int.MaxValue;

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private WorkerProcess(Process process)
    {
        _process = process;
    }

    public string WorkerId { get; private init; } = "";

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public static WorkerProcess Start(string workerAssembly, int hostPort, IReadOnlyDictionary<string, string> settings)
    {
        var directory = Path.GetDirectoryName(workerAssembly)!;
        var workerId = Guid.NewGuid().ToString();
        var requestId = Guid.NewGuid().ToString();
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(workerAssembly);
        foreach (var argument in new[]
        {
            "--host", "127.0.0.1", "--port", hostPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--workerId", workerId, "--requestId", requestId,
            "--grpcMaxMessageLength", GrpcMaxMessageLength.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--functions-uri", $"http://127.0.0.1:{hostPort}/",
            "--functions-worker-id", workerId, "--functions-request-id", requestId,
            "--functions-grpc-max-message-length", GrpcMaxMessageLength.ToString(System.Globalization.CultureInfo.InvariantCulture),
        })
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["FUNCTIONS_WORKER_RUNTIME"] = "dotnet-isolated";
        info.Environment["FUNCTIONS_APPLICATION_DIRECTORY"] = directory;
        info.Environment["FUNCTIONS_WORKER_DIRECTORY"] = directory;
        info.Environment["AZURE_FUNCTIONS_ENVIRONMENT"] = "Development";
        info.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in settings)
        {
            info.Environment[name] = value;
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var worker = new WorkerProcess(process) { WorkerId = workerId };
        process.OutputDataReceived += (_, e) => worker.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => worker.Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return worker;
    }

    /// <summary>The last lines the worker wrote to its console.</summary>
    public string RecentOutput => string.Join('\n', _output);

    /// <summary>Ends the worker at once (SIGKILL), as a crash or a recycled instance would.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
    }

    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 200 && _output.TryDequeue(out _))
        {
        }
    }
}
