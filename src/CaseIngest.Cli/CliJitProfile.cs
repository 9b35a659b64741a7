using System.Runtime;
using System.Runtime.CompilerServices;

namespace CaseIngest.Cli;

/// <summary>
/// Multicore JIT for the command being run: the runtime records which methods a command compiled at run time (the
/// framework's generics over the engine's types, the JSON metadata, the vectorised searchers) in a profile in the
/// user's cache folder, and on the next start compiles them on an idle core ahead of the thread that needs them.
/// The first start of a command only records. Each installed copy of the CLI has its own profiles, so two builds run
/// side by side do not overwrite each other's; a rebuild in the same place overwrites its own. The runtime checks the profile against the assemblies it names and
/// ignores what does not match, and a missing, unwritable or damaged profile only means no head start: the output
/// is the same either way. <c>CASEINGEST_JIT_PROFILE=off</c> turns it off; a Native AOT executable compiles nothing
/// at run time and skips it.
/// </summary>
internal static class CliJitProfile
{
    public const string SwitchVariable = "CASEINGEST_JIT_PROFILE";

    private static readonly string[] Commands = ["extract", "upload", "query", "export", "reprocess"];

    public static void Start(IReadOnlyList<string> args)
    {
        if (!RuntimeFeature.IsDynamicCodeCompiled || ProfileName(args, AppContext.BaseDirectory) is not { } name
            || Folder(Environment.GetEnvironmentVariable) is not { } folder)
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return;
        }

        ProfileOptimization.SetProfileRoot(folder);
        ProfileOptimization.StartProfile(name);
    }

    /// <summary>
    /// One profile per command (their start-up compiles different code) and per folder the CLI runs from (a short hash
    /// of <paramref name="installFolder"/>); none for help or an unknown command.
    /// </summary>
    internal static string? ProfileName(IReadOnlyList<string> args, string installFolder) =>
        args.Count > 0 && Commands.Contains(args[0], StringComparer.Ordinal)
            ? $"{args[0]}-{FolderHash(installFolder):x12}.jitprofile"
            : null;

    /// <summary>
    /// A short stable hash of a folder path (FNV-1a over its characters, 48 bits): it only tells installed copies apart,
    /// so it needs no cryptographic hash, whose library would be loaded on the start's critical path.
    /// </summary>
    private static ulong FolderHash(string folder)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in folder)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash & 0xFFFF_FFFF_FFFFUL;
    }

    /// <summary>The folder of the profiles: <c>$XDG_CACHE_HOME/caseingest</c>, else <c>$HOME/.cache/caseingest</c>; none when switched off or without a home.</summary>
    internal static string? Folder(Func<string, string?> environment)
    {
        if (string.Equals(environment(SwitchVariable), "off", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (environment("XDG_CACHE_HOME") is { Length: > 0 } cache && Path.IsPathRooted(cache))
        {
            return Path.Combine(cache, "caseingest");
        }

        return environment("HOME") is { Length: > 0 } home && Path.IsPathRooted(home) ? Path.Combine(home, ".cache", "caseingest") : null;
    }
}
