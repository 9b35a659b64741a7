using System.Runtime.InteropServices;

namespace CaseIngest.LoadRunner;

/// <summary>
/// CPU time (user + system) of the children this process has waited for (Linux <c>getrusage(RUSAGE_CHILDREN)</c>),
/// in milliseconds. The difference across one child's run, when it is the only child started meanwhile, is that
/// child's own CPU time as its rusage reports it, whatever it did after its last <c>/proc</c> reading.
/// </summary>
internal static partial class ChildCpu
{
    private const int Children = -1;

    /// <summary>NaN where <c>getrusage</c> is not available.</summary>
    public static double Milliseconds()
    {
        if (!OperatingSystem.IsLinux() || GetRusage(Children, out var usage) != 0)
        {
            return double.NaN;
        }

        return (usage.UserSeconds + usage.SystemSeconds) * 1000.0 + (usage.UserMicroseconds + usage.SystemMicroseconds) / 1000.0;
    }

    [LibraryImport("libc", EntryPoint = "getrusage")]
    private static partial int GetRusage(int who, out Usage usage);

    /// <summary>The head of <c>struct rusage</c> (two <c>timeval</c>s), then the fourteen counters it is followed by.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private unsafe struct Usage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        public fixed long Counters[14];
    }
}
