namespace CaseIngest.Core.Tests.Support;

/// <summary>Paths into the shared test corpus, which sits beside the repository as ../shared/corpus.</summary>
internal static class Corpus
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string RepositoryRoot => Path.GetDirectoryName(RootPath.Value)!;

    /// <summary>The corpus folder: CASEINGEST_CORPUS when set, else ../shared/corpus from the repository root.</summary>
    public static string Root => RootPath.Value;

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    public static IEnumerable<string> Files(string folder, string pattern) =>
        Directory.EnumerateFiles(Path.Combine(Root, folder), pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    public static string DrugBankVocabulary => File("vocab", "drugbank_vocabulary.csv");

    /// <summary>The texts of the case reports as plain text and Markdown (MACCROBAT, cases-io, PMC full texts), read one at a time.</summary>
    public static IEnumerable<string> CaseReportTexts() =>
        Files("maccrobat", "*.txt").Concat(Files("cases-io", "*.txt")).Concat(Files("pmc-markdown", "*.md")).Select(System.IO.File.ReadAllText);

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

        if (directory is null)
        {
            throw new InvalidOperationException("CaseIngest.sln not found above the test binaries.");
        }

        var corpus = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "corpus"));
        if (!Directory.Exists(corpus))
        {
            throw new InvalidOperationException($"The shared corpus is missing at {corpus}; set CASEINGEST_CORPUS.");
        }

        return corpus;
    }
}
