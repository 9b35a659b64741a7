using System.Security.Cryptography;
using System.Text;
using CaseIngest.Core;
using CaseIngest.Core.Json;

namespace CaseIngest.LoadRunner;

/// <summary>
/// Every record the engine makes of the corpus (the mix of formats, the PMC Markdown and the seed documents) and of
/// concatenated case reports of 1, 4 and 16 MB and of 4 MB of concatenated PMC Markdown, serialised one per line as <c>name TAB json</c> into
/// <c>records.tsv</c>. With <c>--compare FILE</c> (a <c>records.tsv</c> of an earlier build) the run also says which
/// documents' records differ and fails when any does, so a change meant only for speed can be checked to leave every
/// record byte for byte the same.
/// </summary>
internal static class RecordsScenario
{
    private static readonly int[] ConcatenatedKilobytes = [1024, 4096, 16384];

    public static int Run(RunnerArguments arguments, Report report, string outputDirectory)
    {
        var root = RunnerPaths.Corpus(arguments.Corpus);
        var documents = Documents(root);
        var engine = new CaseEngine(new EngineOptions { MaxDocumentBytes = 64L * 1024 * 1024 });
        var lines = new List<string>(documents.Count);
        foreach (var (name, bytes) in documents)
        {
            var result = engine.Process(name, bytes);
            var json = result.Record is { } record ? CaseJson.Serialize(record) : CaseJson.Serialize(result.Rejection!);
            lines.Add(name + "\t" + json);
        }

        Directory.CreateDirectory(outputDirectory);
        var path = Path.Combine(outputDirectory, "records.tsv");
        File.WriteAllLines(path, lines, Encoding.UTF8);
        report.Figure("documents", lines.Count, "records or rejections");
        report.Figure("input", documents.Sum(d => (long)d.Bytes.Length) / 1048576.0, "MB");
        report.Note("records sha256", Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))));
        report.Note("records written", path);
        if (arguments.Compare is not { } comparePath)
        {
            return 0;
        }

        var expected = File.ReadAllLines(Path.GetFullPath(comparePath), Encoding.UTF8);
        var differing = new List<string>();
        for (var i = 0; i < Math.Max(expected.Length, lines.Count); i++)
        {
            var was = i < expected.Length ? expected[i] : null;
            var now = i < lines.Count ? lines[i] : null;
            if (!string.Equals(was, now, StringComparison.Ordinal))
            {
                differing.Add((now ?? was)!.Split('\t')[0]);
            }
        }

        report.Figure("records that differ from the comparison file", differing.Count, "documents");
        foreach (var name in differing.Take(10))
        {
            report.Note("  differs", name);
        }

        return differing.Count == 0 ? 0 : 1;
    }

    private static List<(string Name, byte[] Bytes)> Documents(string root)
    {
        var documents = CorpusDocuments.Load(root).All.OrderBy(d => d.Name, StringComparer.Ordinal).ToList();
        foreach (var folder in new[] { "pmc-markdown", "seeds" })
        {
            var directory = Path.Combine(root, folder);
            if (Directory.Exists(directory))
            {
                documents.AddRange(Directory.EnumerateFiles(directory)
                    .Where(p => !p.EndsWith("SOURCES.md", StringComparison.Ordinal))
                    .Order(StringComparer.Ordinal)
                    .Select(p => (folder + "/" + Path.GetFileName(p), File.ReadAllBytes(p))));
            }
        }

        var reports = documents
            .Where(d => d.Name.EndsWith(".txt", StringComparison.Ordinal) && (d.Name.StartsWith("cases-io/", StringComparison.Ordinal) || d.Name.StartsWith("maccrobat/", StringComparison.Ordinal)))
            .Select(d => d.Bytes)
            .ToList();
        foreach (var kb in ConcatenatedKilobytes)
        {
            documents.Add(($"concatenated-{kb}kb.txt", ScaleScenario.Concatenate(reports, kb * 1024)));
        }

        var markdown = documents.Where(d => d.Name.StartsWith("pmc-markdown/", StringComparison.Ordinal)).Select(d => d.Bytes).ToList();
        if (markdown.Count > 0)
        {
            documents.Add(("concatenated-4096kb.md", ScaleScenario.Concatenate(markdown, 4096 * 1024)));
        }

        return documents;
    }
}
