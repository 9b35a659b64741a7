using CaseIngest.LocalHost;

namespace CaseIngest.Worker.Tests.Support;

/// <summary>Documents of the shared corpus (<c>../shared/corpus</c> beside the repository), read in place.</summary>
internal static class CorpusDocuments
{
    public static byte[] Read(string relativePath)
    {
        var root = RepositoryPaths.FindRoot("tools/azurite") ?? throw new InvalidOperationException("The repository root was not found.");
        var path = Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus", relativePath));
        return File.Exists(path) ? File.ReadAllBytes(path) : throw new FileNotFoundException("The shared corpus is expected at ../shared/corpus.", path);
    }

    /// <summary>A name no other test uses, under a folder that says which test wrote it.</summary>
    public static string UniqueName(string test, string extension) => $"worker-{test}/{Guid.NewGuid():N}{extension}";
}
