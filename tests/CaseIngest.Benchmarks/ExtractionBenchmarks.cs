using BenchmarkDotNet.Attributes;
using CaseIngest.Core;

namespace CaseIngest.Benchmarks;

/// <summary>
/// Engine throughput per input format over the whole shared corpus group (one operation = every document of the
/// group once). MB/s = group bytes / mean time; allocated bytes per input byte from the memory diagnoser.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private CaseEngine _engine = null!;
    private IReadOnlyList<(string Name, byte[] Bytes)> _documents = [];

    [Params("text", "pubmed-xml", "jats-xml", "medline-text", "pubmed-html")]
    public string Format { get; set; } = "text";

    [GlobalSetup]
    public void Setup()
    {
        _engine = new CaseEngine();
        _documents = BenchmarkCorpus.Load(Format);
        Console.WriteLine($"// {Format}: {_documents.Count} documents, {_documents.Sum(d => (long)d.Bytes.Length)} bytes");
    }

    [Benchmark]
    public int ExtractGroup()
    {
        var facts = 0;
        foreach (var (name, bytes) in _documents)
        {
            var result = _engine.Process(name, bytes);
            facts += result.Record?.Drugs.Count ?? 0;
        }

        return facts;
    }
}
