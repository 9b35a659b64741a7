using BenchmarkDotNet.Attributes;
using CaseIngest.Core;

namespace CaseIngest.Benchmarks;

/// <summary>
/// Engine throughput per input format over the whole shared corpus group (one operation = every document of the
/// group once), on one thread and on all cores. The MB/s, docs/s and alloc B/input B columns are computed from
/// the group's size, the mean time and the memory diagnoser's allocated bytes per operation.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ExtractionBenchmarks
{
    private CaseEngine _engine = null!;
    private IReadOnlyList<(string Name, byte[] Bytes)> _documents = [];

    [ParamsSource(nameof(Formats))]
    public string Format { get; set; } = "text";

    public static IEnumerable<string> Formats => BenchmarkCorpus.Formats;

    [GlobalSetup]
    public void Setup()
    {
        _engine = new CaseEngine();
        _documents = BenchmarkCorpus.Load(Format);
        Console.WriteLine($"// {Format}: {_documents.Count} documents, {_documents.Sum(d => (long)d.Bytes.Length)} bytes");
    }

    [Benchmark(Baseline = true)]
    public int SingleThread()
    {
        var facts = 0;
        foreach (var (name, bytes) in _documents)
        {
            var result = _engine.Process(name, bytes);
            facts += result.Record?.Drugs.Count ?? 0;
        }

        return facts;
    }

    /// <summary>The same documents spread over every core, one shared engine (it is thread-safe).</summary>
    [Benchmark]
    public int AllCores()
    {
        var facts = 0;
        Parallel.ForEach(_documents, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, document =>
        {
            var result = _engine.Process(document.Name, document.Bytes);
            Interlocked.Add(ref facts, result.Record?.Drugs.Count ?? 0);
        });
        return facts;
    }
}
