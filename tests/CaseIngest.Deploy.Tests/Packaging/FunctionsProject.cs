using CaseIngest.Deploy.Tests.Support;

namespace CaseIngest.Deploy.Tests.Packaging;

/// <summary>The function app project that eng/publish.sh packages.</summary>
internal static class FunctionsProject
{
    public static string ProjectFile => Repository.File("src", "CaseIngest.Functions", "CaseIngest.Functions.csproj");

    public static bool Exists => File.Exists(ProjectFile);

    /// <summary>Whether the project builds an isolated worker (it references the Functions worker SDK).</summary>
    public static bool IsIsolatedWorker =>
        Exists && File.ReadAllText(ProjectFile).Contains("Microsoft.Azure.Functions.Worker.Sdk", StringComparison.Ordinal);
}
