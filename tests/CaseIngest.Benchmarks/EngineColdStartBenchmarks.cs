using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using CaseIngest.Core;

namespace CaseIngest.Benchmarks;

/// <summary>
/// Lexicon load and the first extraction as a fresh process pays for them: one measured call per process (no
/// pilot, no warm-up, nothing compiled or cached before it), nine processes; the Median column is the figure.
/// The process is the benchmark's own build, so the engine's code is compiled by the JIT on first use; a
/// ReadyToRun publish (the CLI and the function app) starts faster. <see cref="EngineStartupBenchmarks"/> is the
/// same work repeated in one process, where compiled code and per-process caches are already there.
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 9, warmupCount: 0, iterationCount: 1, invocationCount: 1)]
[MedianColumn]
[MinColumn]
[MaxColumn]
public class EngineColdStartBenchmarks
{
    private byte[] _document = [];

    [GlobalSetup]
    public void Setup() => _document = BenchmarkCorpus.Load("text")[0].Bytes;

    [Benchmark]
    public CaseEngine LoadLexiconsCold() => new();

    [Benchmark]
    public int LoadAndExtractFirstCold() => new CaseEngine().Process("first.txt", _document).Record?.Document.Length ?? 0;
}
