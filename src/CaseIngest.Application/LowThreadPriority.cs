using System.Runtime.InteropServices;

namespace CaseIngest.Application;

/// <summary>
/// Lowers the scheduling priority of the calling thread (on Linux, its nice value), so background work yields the
/// cores to the host's start and to requests. Best effort: elsewhere, or when the call fails, nothing changes.
/// </summary>
internal static partial class LowThreadPriority
{
    /// <summary>Nice value 10: a thread at 0 gets about ten times its share of a busy core.</summary>
    private const int Nice = 10;

    private const int PriorityProcess = 0;

    /// <summary>Whether the calling thread now runs at the lower priority.</summary>
    public static bool Apply()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return SetPriority(PriorityProcess, GetThreadId(), Nice) == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "gettid")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static partial int GetThreadId();

    [LibraryImport("libc", EntryPoint = "setpriority")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static partial int SetPriority(int which, int who, int priority);
}
