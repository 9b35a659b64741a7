using BenchmarkDotNet.Attributes;
using CaseIngest.Core;

namespace CaseIngest.Benchmarks;

/// <summary>
/// Lexicon load (engine construction) and lexicon load plus the first extraction of a case report, warm: measured
/// after BenchmarkDotNet's warm-up in one process, so the code is compiled and per-process caches (section
/// headings, page lines, regex instances) exist. For what a fresh process pays see <see cref="EngineColdStartBenchmarks"/>.
/// </summary>
[MemoryDiagnoser]
public class EngineStartupBenchmarks
{
    private byte[] _document = [];

    [GlobalSetup]
    public void Setup() => _document = BenchmarkCorpus.Load("text")[0].Bytes;

    [Benchmark]
    public CaseEngine LoadLexicons() => new();

    [Benchmark]
    public int LoadAndExtractFirst() => new CaseEngine().Process("first.txt", _document).Record?.Document.Length ?? 0;
}
