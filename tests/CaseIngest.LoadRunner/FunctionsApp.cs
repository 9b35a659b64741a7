using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace CaseIngest.LoadRunner;

/// <summary>
/// The local host as a child process on a free loopback port, pointed at the given storage.
/// Started from the build output beside this runner; stopped by process id (SIGTERM, then kill).
/// </summary>
internal sealed class FunctionsApp : IAsyncDisposable
{
    private readonly Process _process;

    private FunctionsApp(Process process, Uri baseAddress, TimeSpan readyAfter)
    {
        _process = process;
        BaseAddress = baseAddress;
        ReadyAfter = readyAfter;
        Http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri BaseAddress { get; }

    /// <summary>From process start to the first answer to <c>GET /</c>.</summary>
    public TimeSpan ReadyAfter { get; }

    public HttpClient Http { get; }

    public int ProcessId => _process.Id;

    public static async Task<FunctionsApp> StartAsync(string connectionString, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken, Action<string>? output = null)
    {
        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        var apphost = Path.Combine(RunnerPaths.AppDirectory, "CaseIngest.LocalHost");
        var dll = Path.Combine(RunnerPaths.AppDirectory, "CaseIngest.LocalHost.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"The local host is not built at {dll}; build the runner in the same configuration.");
        }

        var start = File.Exists(apphost) ? new ProcessStartInfo(apphost) : new ProcessStartInfo("dotnet", [dll]);
        start.WorkingDirectory = RunnerPaths.AppDirectory;
        start.UseShellExecute = false;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseAddress.ToString().TrimEnd('/'));
        start.Environment["CaseIngest__StorageConnectionString"] = connectionString;
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var clock = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException("The functions app could not be started.");
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                output?.Invoke(e.Data);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine("app: " + e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var probe = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = TimeSpan.FromSeconds(60);
        while (clock.Elapsed < deadline)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The functions app exited while starting ({process.ExitCode}).");
            }

            try
            {
                using var response = await probe.GetAsync(new Uri("/", UriKind.Relative), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return new FunctionsApp(process, baseAddress, clock.Elapsed);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Probe timed out; try again.
            }

            await Task.Delay(5, cancellationToken);
        }

        process.Kill(entireProcessTree: true);
        process.Dispose();
        throw new TimeoutException("The functions app did not answer GET / within 60 s.");
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        try
        {
            if (!_process.HasExited)
            {
                using (var term = Process.Start(new ProcessStartInfo("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false }))
                {
                    if (term is not null)
                    {
                        await term.WaitForExitAsync();
                    }
                }

                using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                try
                {
                    await _process.WaitForExitAsync(wait.Token);
                }
                catch (OperationCanceledException)
                {
                    _process.Kill(entireProcessTree: true);
                    await _process.WaitForExitAsync();
                }
            }
        }
        finally
        {
            _process.Dispose();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
