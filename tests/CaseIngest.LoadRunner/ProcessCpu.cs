using System.Globalization;

namespace CaseIngest.LoadRunner;

/// <summary>CPU time (user + system) of this process or of another one (Linux <c>/proc/&lt;pid&gt;/stat</c>), in milliseconds.</summary>
internal static class ProcessCpu
{
    /// <summary>Clock ticks per second of <c>/proc</c> times (USER_HZ: 100 on Linux).</summary>
    private const double TicksPerSecond = 100;

    public static double OwnMilliseconds() => Environment.CpuUsage.TotalTime.TotalMilliseconds;

    /// <summary>NaN where <c>/proc</c> cannot be read.</summary>
    public static double Milliseconds(int processId)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{processId}/stat");

            // Fields after the command name (which may hold spaces) start at state; utime and stime are fields 14 and 15.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return ticks * 1000 / TicksPerSecond;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return double.NaN;
        }
    }

    /// <summary>The 1-minute load average, or NaN.</summary>
    public static double LoadAverage()
    {
        try
        {
            return double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            return double.NaN;
        }
    }
}
