using System.Runtime.InteropServices;

namespace CaseIngest.LoadRunner;

/// <summary>
/// CPU time of the calling thread (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>), so that per-step figures do not count time
/// the thread spent waiting for a core on a shared machine. Elsewhere, the process's CPU time.
/// </summary>
internal static partial class ThreadCpu
{
    private const int ThreadCpuClock = 3;

    public static double Milliseconds()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ThreadCpuClock, out var time) == 0)
        {
            return time.Seconds * 1000.0 + time.Nanoseconds / 1e6;
        }

        return Environment.CpuUsage.TotalTime.TotalMilliseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
