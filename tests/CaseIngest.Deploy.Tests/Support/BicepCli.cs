using System.Reflection;

namespace CaseIngest.Deploy.Tests.Support;

/// <summary>
/// The Bicep CLI restored by this project from the Azure.Bicep.CommandLine.linux-x64 package. It compiles and lints
/// offline. Type and lint problems are warnings with exit code 0, so callers look at <see cref="Diagnostics"/>.
/// </summary>
internal static class BicepCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    private static readonly Lazy<string> ExecutablePath = new(Locate);

    public static string Executable => ExecutablePath.Value;

    public static Task<CommandResult> BuildToStdoutAsync(string bicepFile) =>
        RunAsync(["build", bicepFile, "--stdout"]);

    public static Task<CommandResult> LintAsync(string bicepFile) =>
        RunAsync(["lint", bicepFile]);

    public static Task<CommandResult> RunAsync(IReadOnlyList<string> arguments) =>
        CommandRunner.RunAsync(Executable, arguments, Repository.Root, Timeout);

    /// <summary>The warning and error lines of a run, in the CLI's <c>file(line,col) : Warning code: text</c> form.</summary>
    public static IReadOnlyList<string> Diagnostics(CommandResult result) =>
        [.. result.Lines.Where(line =>
            line.Contains(" : Warning ", StringComparison.Ordinal) || line.Contains(" : Error ", StringComparison.Ordinal))];

    private static string Locate()
    {
        var path = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(attribute => attribute.Key == "BicepPath")?.Value;
        if (string.IsNullOrEmpty(path) || !File.Exists(path))
        {
            throw new InvalidOperationException(
                $"The Bicep CLI was not restored (expected at '{path}'); restore CaseIngest.Deploy.Tests on linux-x64.");
        }

        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("The restored Bicep CLI is the linux-x64 build.");
        }

        var mode = File.GetUnixFileMode(path);
        if (!mode.HasFlag(UnixFileMode.UserExecute))
        {
            File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute);
        }

        return path;
    }
}
