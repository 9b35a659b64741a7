namespace CaseIngest.LoadRunner;

/// <summary>The repository root, the build output of the app and the CLI, the corpus and the output folder.</summary>
internal static class RunnerPaths
{
    public static string Root { get; } = FindRoot();

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    public static string Output(string? given) =>
        Path.GetFullPath(given ?? Path.Combine(Root, "artifacts", "perf"));

    public static string Corpus(string? given) =>
        Path.GetFullPath(given ?? Environment.GetEnvironmentVariable("CASEINGEST_CORPUS") ?? Path.Combine(Root, "..", "shared", "corpus"));

    public static string AzuriteDirectory => Path.Combine(Root, "tools", "azurite");

    /// <summary>The local host as built next to this runner (same configuration).</summary>
    public static string AppDirectory => Path.Combine(Root, "src", "CaseIngest.LocalHost", "bin", Configuration, "net10.0");

    public static string CliDirectory => Path.Combine(Root, "src", "CaseIngest.Cli", "bin", Configuration, "net10.0");

    /// <summary>The CLI published for linux-x64 (ReadyToRun), when it has been published there.</summary>
    public static string PublishedCliDirectory => Path.Combine(Root, "artifacts", "cli");

    /// <summary>The read-and-tokenize floor of the cli mode, published for linux-x64 as the CLI is.</summary>
    public static string PublishedFloorDirectory => Path.Combine(Root, "artifacts", "cli-floor");

    /// <summary>The function app's worker as built next to this runner (same configuration).</summary>
    public static string WorkerAssembly => Path.Combine(Root, "src", "CaseIngest.Functions", "bin", Configuration, "net10.0", "CaseIngest.Functions.dll");

    /// <summary>The worker published for linux-x64 (ReadyToRun), when it has been published there.</summary>
    public static string PublishedWorkerAssembly => Path.Combine(Root, "artifacts", "worker", "CaseIngest.Functions.dll");

    private static string FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "CaseIngest.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException("CaseIngest.sln not found above the working folder or the runner's binaries.");
    }
}
