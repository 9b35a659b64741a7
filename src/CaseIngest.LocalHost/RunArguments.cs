namespace CaseIngest.LocalHost;

/// <summary>The local host's short switches, turned into settings before the app is built.</summary>
public static class RunArguments
{
    /// <summary>Turns the short switches into settings: <c>--in-memory</c> (alias <c>--clean</c>).</summary>
    public static string[] Translate(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return [.. args.SelectMany(a => a is "--in-memory" or "--clean" ? new[] { "--CaseIngest:Local:InMemory=true" } : [a])];
    }
}
