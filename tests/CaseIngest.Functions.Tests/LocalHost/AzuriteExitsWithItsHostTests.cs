using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using CaseIngest.LocalHost;

namespace CaseIngest.Functions.Tests.LocalHost;

/// <summary>The local host run as its own process, killed without a chance to stop Azurite: the emulator goes with it.</summary>
public sealed partial class AzuriteExitsWithItsHostTests
{
    [Fact]
    public async Task AzuriteStopsWhenTheLocalHostIsKilled()
    {
        var root = RepositoryPaths.FindRoot("tools/azurite") ?? throw new InvalidOperationException("tools/azurite/package.json not found.");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "CaseIngest.LocalHost.dll"), "--in-memory", "--urls", "http://127.0.0.1:0", "--CaseIngest:Local:Watch=false" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("CaseIngest__StorageConnectionString");
        start.Environment.Remove("CaseIngest__Local__Watch");
        start.Environment["Logging__Console__FormatterName"] = "simple";
        var azuritePid = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var host = new Process { StartInfo = start };
        host.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null && AzuriteRunning().Match(e.Data) is { Success: true } match)
            {
                azuritePid.TrySetResult(int.Parse(match.Groups["pid"].Value, CultureInfo.InvariantCulture));
            }
        };
        host.Start();
        host.BeginOutputReadLine();
        host.BeginErrorReadLine();
        var pid = 0;
        try
        {
            pid = await azuritePid.Task.WaitAsync(TimeSpan.FromSeconds(120));
            Assert.True(IsRunning(pid), "Azurite is not running under the host");

            host.Kill();
            await host.WaitForExitAsync();
            var until = DateTime.UtcNow.AddSeconds(15);
            while (IsRunning(pid) && DateTime.UtcNow < until)
            {
                await Task.Delay(200);
            }

            Assert.False(IsRunning(pid), "Azurite outlived the host that started it");
        }
        finally
        {
            if (!host.HasExited)
            {
                host.Kill(entireProcessTree: true);
            }

            if (pid != 0 && IsRunning(pid))
            {
                Process.GetProcessById(pid).Kill();
            }
        }
    }

    /// <summary>Whether a process runs (a zombie nobody has reaped yet has exited).</summary>
    private static bool IsRunning(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].FirstOrDefault() is not ('Z' or 'X');
        }
        catch (IOException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"Azurite runs as process (?<pid>\d+)")]
    private static partial Regex AzuriteRunning();
}
