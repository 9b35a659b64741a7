using System.Globalization;

namespace CaseIngest.LoadRunner;

/// <summary>Resident and peak resident memory of a process, from <c>/proc/&lt;pid&gt;/status</c> (Linux).</summary>
internal static class ProcessMemory
{
    /// <summary>Current resident set (VmRSS) in MB, or NaN where /proc is not available.</summary>
    public static double ResidentMegabytes(int processId) => Read(processId, "VmRSS:");

    /// <summary>Peak resident set (VmHWM) in MB.</summary>
    public static double PeakMegabytes(int processId) => Read(processId, "VmHWM:");

    /// <summary>Resets the peak of this process (Linux: writing 5 to clear_refs); false where that is not possible.</summary>
    public static bool ResetOwnPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static double Read(int processId, string key)
    {
        var path = $"/proc/{processId}/status";
        try
        {
            foreach (var line in File.ReadLines(path))
            {
                if (line.StartsWith(key, StringComparison.Ordinal))
                {
                    var kilobytes = long.Parse(line[key.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                    return kilobytes / 1024.0;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return double.NaN;
        }

        return double.NaN;
    }
}
