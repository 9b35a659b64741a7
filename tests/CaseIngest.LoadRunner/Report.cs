using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CaseIngest.LoadRunner;

/// <summary>
/// What a run measured: named figures and latency series. Printed as it goes; written at the end as
/// <c>&lt;mode&gt;-summary.json</c>, <c>&lt;mode&gt;-latencies.csv</c> and <c>&lt;mode&gt;-latency.svg</c>.
/// </summary>
internal sealed class Report(string mode, string outputDirectory)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private readonly Dictionary<string, object> _figures = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<double>> _series = new(StringComparer.Ordinal);
    private readonly List<LatencySummary> _summaries = [];
    private readonly Dictionary<string, string> _tables = new(StringComparer.Ordinal);

    public void Figure(string name, double value, string unit)
    {
        var rounded = Math.Round(value, value >= 100 ? 1 : 3);
        _figures[name] = new { value = rounded, unit };
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-48} {rounded,12} {unit}"));
    }

    public void Note(string name, string text)
    {
        _figures[name] = text;
        Console.WriteLine($"{name,-48} {text}");
    }

    /// <summary>A table written at the end as <c>&lt;mode&gt;-&lt;name&gt;.csv</c>, and printed now.</summary>
    public void Table(string name, string csv)
    {
        _tables[name] = csv;
        Console.Write(csv);
    }

    public LatencySummary Latencies(string name, IReadOnlyCollection<double> milliseconds)
    {
        _series[name] = [.. milliseconds];
        var summary = Percentiles.Summarize(name, milliseconds);
        _summaries.Add(summary);
        Console.WriteLine(summary);
        return summary;
    }

    public void Write()
    {
        Directory.CreateDirectory(outputDirectory);
        var json = JsonSerializer.Serialize(
            new
            {
                mode,
                machine = MachineInfo.Describe(),
                figures = _figures,
                latencies = _summaries,
            },
            Indented);
        File.WriteAllText(Path.Combine(outputDirectory, $"{mode}-summary.json"), json);

        var csv = new StringBuilder("series,index,milliseconds\n");
        foreach (var (name, values) in _series)
        {
            for (var i = 0; i < values.Count; i++)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{name},{i},{values[i]:F2}\n");
            }
        }

        File.WriteAllText(Path.Combine(outputDirectory, $"{mode}-latencies.csv"), csv.ToString());
        foreach (var (name, table) in _tables)
        {
            File.WriteAllText(Path.Combine(outputDirectory, $"{mode}-{name}.csv"), table);
        }

        if (_series.Count > 0)
        {
            File.WriteAllText(Path.Combine(outputDirectory, $"{mode}-latency.svg"), LatencyChart.Render($"CaseIngest {mode}: latency distribution", _series));
        }

        Console.WriteLine($"written: {outputDirectory}/{mode}-summary.json, {mode}-latencies.csv" + (_series.Count > 0 ? $", {mode}-latency.svg" : "")
            + string.Concat(_tables.Keys.Select(name => $", {mode}-{name}.csv")));
    }
}
