namespace CaseIngest.Benchmarks;

/// <summary>The shared corpus, grouped by input format, read once into memory so that benchmarks measure extraction only.</summary>
internal static class BenchmarkCorpus
{
    public static string Root { get; } = FindRoot();

    public static IReadOnlyList<(string Name, byte[] Bytes)> Load(string format) => format switch
    {
        "text" => Read("cases-io", "*.txt").Concat(Read("maccrobat", "*.txt")).ToList(),
        "pubmed-xml" => Read("pubmed-xml", "*.xml").ToList(),
        "jats-xml" => Read("jats", "*.nxml").ToList(),
        "medline-text" => Read("medline-text", "*.txt").ToList(),
        "pubmed-html" => Read("pubmed-html", "*.html").ToList(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown format group"),
    };

    private static IEnumerable<(string, byte[])> Read(string folder, string pattern) =>
        Directory.EnumerateFiles(Path.Combine(Root, folder), pattern, SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => (Path.GetRelativePath(Root, path), File.ReadAllBytes(path)));

    private static string FindRoot()
    {
        if (Environment.GetEnvironmentVariable("CASEINGEST_CORPUS") is { Length: > 0 } configured)
        {
            return configured;
        }

        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CaseIngest.sln")))
        {
            directory = directory.Parent;
        }

        return Path.GetFullPath(Path.Combine(directory?.FullName ?? Directory.GetCurrentDirectory(), "..", "shared", "corpus"));
    }
}
