namespace CaseIngest.Benchmarks;

/// <summary>The shared corpus, grouped by input format, read once into memory so that benchmarks measure extraction only.</summary>
internal static class BenchmarkCorpus
{
    public static string Root { get; } = FindRoot();

    private static readonly Dictionary<string, IReadOnlyList<(string Name, byte[] Bytes)>> Cache = new(StringComparer.Ordinal);

    private static readonly string[] AllFormats = ["text", "markdown", "pubmed-html", "pubmed-xml", "jats-xml", "medline-text", "mix"];

    /// <summary>
    /// The groups of <see cref="Load"/>; "mix" is all of them together. CASEINGEST_BENCH_FORMATS (comma-separated)
    /// narrows a run to some of them.
    /// </summary>
    public static IReadOnlyList<string> Formats { get; } =
        Environment.GetEnvironmentVariable("CASEINGEST_BENCH_FORMATS") is { Length: > 0 } only
            ? [.. only.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(AllFormats.Contains)]
            : AllFormats;

    /// <summary>Documents and bytes of a group, for throughput columns.</summary>
    public static (int Documents, long Bytes) Size(string format)
    {
        var documents = Load(format);
        return (documents.Count, documents.Sum(d => (long)d.Bytes.Length));
    }

    public static IReadOnlyList<(string Name, byte[] Bytes)> Load(string format)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(format, out var documents))
            {
                Cache[format] = documents = Read(format);
            }

            return documents;
        }
    }

    private static IReadOnlyList<(string Name, byte[] Bytes)> Read(string format) => format switch
    {
        "text" => Read("cases-io", "*.txt").Concat(Read("maccrobat", "*.txt")).ToList(),
        "markdown" => Read("cases-io", "*.txt").Select(d => (Path.ChangeExtension(d.Item1, ".md"), MarkdownSamples.FromPlainText(d.Item2))).ToList(),
        "mix" => AllFormats.Where(f => f != "mix").SelectMany(Load).ToList(),
        "pubmed-xml" => Read("pubmed-xml", "*.xml").ToList(),
        "jats-xml" => Read("jats", "*.nxml").ToList(),
        "medline-text" => Read("medline-text", "*.txt").ToList(),
        "pubmed-html" => Read("pubmed-html", "*.html").ToList(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown format group"),
    };

    private static IEnumerable<(string, byte[])> Read(string folder, string pattern) =>
        Directory.EnumerateFiles(Path.Combine(Root, folder), pattern, SearchOption.AllDirectories)
            .Where(path => !path.EndsWith("SOURCES.md", StringComparison.Ordinal))
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
