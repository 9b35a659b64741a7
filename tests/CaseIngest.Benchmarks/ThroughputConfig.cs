using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;

namespace CaseIngest.Benchmarks;

/// <summary>Adds the median and the throughput columns (MB/s, docs/s, allocated bytes per input byte) to a benchmark's table.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        AddColumn(StatisticColumn.Median);
        AddColumn(new ThroughputColumn(ThroughputKind.MegabytesPerSecond));
        AddColumn(new ThroughputColumn(ThroughputKind.DocumentsPerSecond));
        AddColumn(new ThroughputColumn(ThroughputKind.AllocatedPerInputByte));
    }
}
