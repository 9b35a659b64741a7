using CaseIngest.Benchmarks;

namespace CaseIngest.LoadRunner;

/// <summary>
/// The shared corpus as a mix of input formats (plain text, Markdown made from the text reports, PubMed HTML,
/// PubMed XML, MEDLINE text, JATS), read once. Each use gets a distinct blob name so every upload is a new record.
/// </summary>
internal sealed class CorpusDocuments
{
    private readonly List<(string Name, byte[] Bytes)> _documents;

    private CorpusDocuments(List<(string Name, byte[] Bytes)> documents) => _documents = documents;

    public int Count => _documents.Count;

    public long TotalBytes => _documents.Sum(d => (long)d.Bytes.Length);

    public IReadOnlyList<(string Name, byte[] Bytes)> All => _documents;

    public static CorpusDocuments Load(string root)
    {
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"The shared corpus is not at {root}; pass --corpus.");
        }

        var documents = new List<(string, byte[])>();
        var text = Read(root, "cases-io", "*.txt").Concat(Read(root, "maccrobat", "*.txt")).ToList();
        documents.AddRange(text);
        documents.AddRange(Read(root, "cases-io", "*.txt").Select(d => (Path.ChangeExtension(d.Name, ".md"), MarkdownSamples.FromPlainText(d.Bytes))));
        documents.AddRange(Read(root, "pubmed-html", "*.html"));
        documents.AddRange(Read(root, "pubmed-xml", "*.xml"));
        documents.AddRange(Read(root, "medline-text", "*.txt"));
        documents.AddRange(Read(root, "jats", "*.nxml"));

        // Interleaved, so any prefix of the list is a mix of formats rather than all of one.
        var mixed = documents.Select((d, i) => (d, key: (i * 7919) % documents.Count)).OrderBy(p => p.key).Select(p => p.d).ToList();
        return new CorpusDocuments(mixed);
    }

    /// <summary>The i-th document of an endless cycle over the corpus, under a name unique to <paramref name="prefix"/> and i.</summary>
    public (string Name, byte[] Bytes) Take(string prefix, int i)
    {
        var (name, bytes) = _documents[i % _documents.Count];
        return ($"{prefix}{i:D5}-{Path.GetFileName(name)}", bytes);
    }

    private static IEnumerable<(string Name, byte[] Bytes)> Read(string root, string folder, string pattern)
    {
        var directory = Path.Combine(root, folder);
        return Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, pattern, SearchOption.AllDirectories)
                .Where(p => !p.EndsWith("SOURCES.md", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .Select(p => (Path.GetRelativePath(root, p).Replace('\\', '/'), File.ReadAllBytes(p)))
            : [];
    }
}
