using System.Runtime.InteropServices;

namespace CaseIngest.LoadRunner;

/// <summary>The machine a run was taken on: processor, cores, memory, OS, runtime and load average.</summary>
internal static class MachineInfo
{
    public static object Describe() => new
    {
        processor = ReadFirst("/proc/cpuinfo", "model name"),
        cores = Environment.ProcessorCount,
        memory = ReadFirst("/proc/meminfo", "MemTotal"),
        os = RuntimeInformation.OSDescription,
        runtime = RuntimeInformation.FrameworkDescription,
        loadAverage = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "",
    };

    private static string ReadFirst(string path, string key)
    {
        if (!File.Exists(path))
        {
            return "";
        }

        var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
        return line is null ? "" : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }
}
