using System.Diagnostics;
using System.Globalization;

namespace CaseIngest.Core.Tests.Support;

/// <summary>
/// CPU time of the calling thread (user + system), read from <c>/proc/thread-self/stat</c> on Linux; elsewhere the
/// process's CPU time. Unlike a stopwatch it does not grow while the thread waits for a core on a busy machine.
/// </summary>
internal static class ThreadCpu
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    public static TimeSpan Now()
    {
        const string path = "/proc/thread-self/stat";
        if (!OperatingSystem.IsLinux() || !File.Exists(path))
        {
            return Process.GetCurrentProcess().TotalProcessorTime;
        }

        // the command name (field 2) is in parentheses and may hold spaces: fields are counted after its ')'
        var stat = File.ReadAllText(path);
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var user = long.Parse(fields[11], CultureInfo.InvariantCulture); // field 14, utime
        var system = long.Parse(fields[12], CultureInfo.InvariantCulture); // field 15, stime
        return TimeSpan.FromSeconds((user + system) / TicksPerSecond);
    }
}
