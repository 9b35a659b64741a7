using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace CaseIngest.Benchmarks;

/// <summary>
/// A column computed from the corpus group of the benchmark's <c>Format</c> parameter and the median time of an
/// operation: input MB (2^20 bytes) per second, documents per second, or bytes allocated per input byte.
/// </summary>
public sealed class ThroughputColumn(ThroughputKind kind) : IColumn
{
    public string Id => nameof(ThroughputColumn) + kind;

    public string ColumnName => kind switch
    {
        ThroughputKind.MegabytesPerSecond => "MB/s",
        ThroughputKind.DocumentsPerSecond => "docs/s",
        _ => "alloc B/input B",
    };

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => (int)kind;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => kind switch
    {
        ThroughputKind.MegabytesPerSecond => "Input megabytes (2^20 bytes) extracted per second, from the median time",
        ThroughputKind.DocumentsPerSecond => "Documents extracted per second, from the median time",
        _ => "Managed bytes allocated per byte of input",
    };

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        var report = summary[benchmarkCase];
        var format = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Format")?.Value as string;
        if (report?.ResultStatistics is not { } statistics || format is null)
        {
            return "-";
        }

        var (documents, bytes) = BenchmarkCorpus.Size(format);
        var seconds = statistics.Median / 1e9;
        return kind switch
        {
            ThroughputKind.MegabytesPerSecond => (bytes / 1048576.0 / seconds).ToString("F2", CultureInfo.InvariantCulture),
            ThroughputKind.DocumentsPerSecond => (documents / seconds).ToString("F0", CultureInfo.InvariantCulture),
            _ => report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) is { } allocated
                ? (allocated / (double)bytes).ToString("F2", CultureInfo.InvariantCulture)
                : "-",
        };
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;
}
