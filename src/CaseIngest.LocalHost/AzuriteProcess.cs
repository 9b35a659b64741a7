using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CaseIngest.LocalHost;

/// <summary>
/// Azurite run from the project's own pinned npm package (installed with <c>npm ci</c> on first use). Started on
/// loopback only; stopped by process id (SIGTERM, then kill) when disposed. It also stops by itself when the process
/// that started it is gone (<c>exit-with-parent.cjs</c> beside the package), so a crashed host leaves no emulator behind.
/// </summary>
public sealed partial class AzuriteProcess : IAsyncDisposable
{
    private const int InstallAttempts = 3;

    private readonly Process _process;
    private int _disposed;

    private AzuriteProcess(Process process, int blobPort, int queuePort, int tablePort)
    {
        _process = process;
        BlobPort = blobPort;
        QueuePort = queuePort;
        TablePort = tablePort;
        ConnectionString = AzuriteConnection.For(blobPort, queuePort, tablePort);
    }

    public int BlobPort { get; }

    public int QueuePort { get; }

    public int TablePort { get; }

    public string ConnectionString { get; }

    /// <summary>The emulator's process id (for memory readings).</summary>
    public int ProcessId => _process.Id;

    /// <summary>Whether the emulator has exited (stopped, crashed or killed).</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>The emulator's exit code once it has exited.</summary>
    public int ExitCode => _process.ExitCode;

    /// <summary>Completes when the emulator exits, whoever ends it.</summary>
    public Task WaitForExitAsync(CancellationToken cancellationToken = default) => _process.WaitForExitAsync(cancellationToken);

    /// <summary>Runs <c>npm ci</c> in the package folder when its node_modules lacks Azurite (up to three tries).</summary>
    public static Task EnsureInstalledAsync(string packageDirectory, CancellationToken cancellationToken = default) =>
        EnsureInstalledAsync(packageDirectory, OperatingSystem.IsWindows() ? "npm.cmd" : "npm", TimeSpan.FromSeconds(5), cancellationToken);

    /// <summary>As <see cref="EnsureInstalledAsync(string, CancellationToken)"/> with another npm and pause between tries.</summary>
    internal static async Task EnsureInstalledAsync(string packageDirectory, string npmExecutable, TimeSpan pause, CancellationToken cancellationToken)
    {
        if (File.Exists(EntryPoint(packageDirectory)))
        {
            return;
        }

        if (!File.Exists(Path.Combine(packageDirectory, "package.json")))
        {
            throw new InvalidOperationException($"No package.json in {packageDirectory}: the Azurite package folder is missing.");
        }

        var command = File.Exists(Path.Combine(packageDirectory, "package-lock.json")) ? "ci" : "install";
        for (var attempt = 1; ; attempt++)
        {
            var (exitCode, message) = await RunNpmAsync(npmExecutable, packageDirectory, command, cancellationToken).ConfigureAwait(false);
            if (exitCode == 0 && File.Exists(EntryPoint(packageDirectory)))
            {
                return;
            }

            // A registry that drops a connection part-way fails the whole install: tried again, a few times, after a pause.
            if (attempt == InstallAttempts)
            {
                throw new InvalidOperationException($"npm {command} in {packageDirectory} failed ({exitCode}) {attempt} times: {message}");
            }

            await Task.Delay(pause * attempt, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<(int ExitCode, string Message)> RunNpmAsync(string npmExecutable, string packageDirectory, string command, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(npmExecutable)
        {
            WorkingDirectory = packageDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { command, "--no-audit", "--no-fund", "--loglevel=error" })
        {
            start.ArgumentList.Add(argument);
        }

        using var npm = StartTool(start, "npm");
        var output = npm.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = npm.StandardError.ReadToEndAsync(cancellationToken);
        await npm.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        return (npm.ExitCode, await error.ConfigureAwait(false) + await output.ConfigureAwait(false));
    }

    public static async Task<AzuriteProcess> StartAsync(AzuriteSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        await EnsureInstalledAsync(settings.PackageDirectory, cancellationToken).ConfigureAwait(false);
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = settings.PackageDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var exitWithParent = Path.Combine(settings.PackageDirectory, "exit-with-parent.cjs");
        if (File.Exists(exitWithParent))
        {
            start.ArgumentList.Add("--require");
            start.ArgumentList.Add(exitWithParent);
        }

        start.ArgumentList.Add(EntryPoint(settings.PackageDirectory));
        if (settings.DataDirectory is { } data)
        {
            Directory.CreateDirectory(data);
            start.ArgumentList.Add("--location");
            start.ArgumentList.Add(data);
        }
        else
        {
            start.ArgumentList.Add("--inMemoryPersistence");
        }

        foreach (var (service, port) in new[] { ("blob", settings.BlobPort), ("queue", settings.QueuePort), ("table", settings.TablePort) })
        {
            start.ArgumentList.Add($"--{service}Host");
            start.ArgumentList.Add("127.0.0.1");
            start.ArgumentList.Add($"--{service}Port");
            start.ArgumentList.Add(port.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var flag in new[] { "--silent", "--skipApiVersionCheck", "--disableTelemetry" })
        {
            start.ArgumentList.Add(flag);
        }

        var ports = new Dictionary<string, int>(StringComparer.Ordinal);
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var errors = new System.Text.StringBuilder();
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null && ListeningLine().Match(e.Data) is { Success: true } match)
            {
                lock (ports)
                {
                    ports[match.Groups["service"].Value] = int.Parse(match.Groups["port"].Value, CultureInfo.InvariantCulture);
                    if (ports.Count == 3)
                    {
                        ready.TrySetResult();
                    }
                }
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (errors)
                {
                    errors.AppendLine(e.Data);
                }
            }
        };
        process.Exited += (_, _) => ready.TrySetException(new InvalidOperationException("Azurite exited while starting: " + errors));
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            process.Dispose();
            throw new InvalidOperationException("node could not be started; install Node.js 20 or later.", ex);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await ready.Task.WaitAsync(settings.StartTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It has already exited.
            }

            process.Dispose();
            throw;
        }

        return new AzuriteProcess(process, ports["Blob"], ports["Queue"], ports["Table"]);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        try
        {
            if (!_process.HasExited)
            {
                if (!OperatingSystem.IsWindows())
                {
                    using var term = Process.Start(new ProcessStartInfo("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false });
                    if (term is not null)
                    {
                        await term.WaitForExitAsync().ConfigureAwait(false);
                    }
                }

                using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                try
                {
                    await _process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    _process.Kill(entireProcessTree: true);
                    await _process.WaitForExitAsync().ConfigureAwait(false);
                }
            }
        }
        catch (InvalidOperationException)
        {
            // The process was never started or has already been reaped.
        }
        finally
        {
            _process.Dispose();
        }
    }

    private static Process StartTool(ProcessStartInfo start, string tool)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException($"{tool} could not be started.");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException($"{tool} could not be started; install Node.js 20 or later.", ex);
        }
    }

    private static string EntryPoint(string packageDirectory) =>
        Path.Combine(packageDirectory, "node_modules", "azurite", "dist", "src", "azurite.js");

    [GeneratedRegex(@"Azurite (?<service>Blob|Queue|Table) service is successfully listening at http://[^:]+:(?<port>\d+)", RegexOptions.NonBacktracking)]
    private static partial Regex ListeningLine();
}
