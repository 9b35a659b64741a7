using CaseIngest.LocalHost;

namespace CaseIngest.Browser.Tests.Support;

/// <summary>The shared corpus beside the repository (../shared/corpus from its root).</summary>
internal static class Corpus
{
    public static string Root { get; } = Path.GetFullPath(Path.Combine(
        RepositoryPaths.FindRoot("tools/azurite") ?? throw new InvalidOperationException("The repository root was not found above the test binaries."),
        "..", "shared", "corpus"));

    public static string Seeds => Path.Combine(Root, "seeds");
}
