namespace CaseIngest.TextAnalytics.Tests.Support;

/// <summary>The shared test corpus beside the repository (../shared/corpus), or CASEINGEST_CORPUS.</summary>
internal static class Corpus
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string File(string relative) => Path.Combine(RootPath.Value, relative);

    private static string FindRoot()
    {
        if (Environment.GetEnvironmentVariable("CASEINGEST_CORPUS") is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured);
        }

        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !System.IO.File.Exists(Path.Combine(directory.FullName, "CaseIngest.sln")))
        {
            directory = directory.Parent;
        }

        var corpus = directory is null ? null : Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "corpus"));
        return corpus is not null && Directory.Exists(corpus)
            ? corpus
            : throw new InvalidOperationException("The shared corpus is missing beside the repository; set CASEINGEST_CORPUS.");
    }
}
