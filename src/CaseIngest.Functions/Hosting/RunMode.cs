namespace CaseIngest.Functions.Hosting;

/// <summary>The same executable is the custom handler under the Functions host and the local mode on its own.</summary>
public static class RunMode
{
    /// <summary>The Functions host sets FUNCTIONS_CUSTOMHANDLER_PORT for the handler it starts.</summary>
    public static bool IsHostedByFunctions(IConfiguration configuration) =>
        !string.IsNullOrEmpty(configuration["FUNCTIONS_CUSTOMHANDLER_PORT"]);

    /// <summary>Turns the short switches into settings: <c>--in-memory</c> (alias <c>--clean</c>).</summary>
    public static string[] TranslateArguments(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return [.. args.SelectMany(a => a is "--in-memory" or "--clean" ? new[] { "--CaseIngest:Local:InMemory=true" } : [a])];
    }
}
