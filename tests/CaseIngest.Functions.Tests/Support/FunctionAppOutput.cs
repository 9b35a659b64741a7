using CaseIngest.LocalHost;

namespace CaseIngest.Functions.Tests.Support;

/// <summary>The function app's own build output (bin/&lt;configuration&gt;/net10.0 of src/CaseIngest.Functions), built with these tests.</summary>
internal static class FunctionAppOutput
{
    public static string Directory { get; } = Find();

    private static string Find()
    {
        var root = RepositoryPaths.FindRoot("tools/azurite") ?? throw new InvalidOperationException("The repository root was not found.");
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = testOutput.Parent!.Name;
        var output = Path.Combine(root, "src", "CaseIngest.Functions", "bin", configuration, testOutput.Name);
        return System.IO.Directory.Exists(output) ? output : throw new InvalidOperationException($"{output} does not exist: build src/CaseIngest.Functions first.");
    }
}
