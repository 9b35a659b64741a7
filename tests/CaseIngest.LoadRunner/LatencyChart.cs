using System.Globalization;
using System.Net;
using System.Text;

namespace CaseIngest.LoadRunner;

/// <summary>
/// The latency distribution as an SVG chart: one line per series, percentile (0–100) across, milliseconds up on a
/// logarithmic scale, so a 5 ms query series and a 5 s ingest series can be read on the same chart.
/// </summary>
internal static class LatencyChart
{
    private const int Width = 860;
    private const int Height = 500;
    private const int Left = 70;
    private const int Right = 250;
    private const int Top = 40;
    private const int Bottom = 50;
    private static readonly string[] Colors = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#7f7f7f", "#bcbd22"];

    public static string Render(string title, IReadOnlyDictionary<string, List<double>> series)
    {
        var all = series.Values.SelectMany(v => v).Where(v => v > 0).ToList();
        var low = Math.Pow(10, Math.Floor(Math.Log10(Math.Max(all.Count == 0 ? 1 : all.Min(), 0.1))));
        var high = Math.Pow(10, Math.Ceiling(Math.Log10(Math.Max(all.Count == 0 ? 10 : all.Max(), low * 10))));
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        double X(double percentile) => Left + (percentile / 100 * plotWidth);
        double Y(double ms) => Top + plotHeight - ((Math.Log10(Math.Max(ms, low)) - Math.Log10(low)) / (Math.Log10(high) - Math.Log10(low)) * plotHeight);

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" width="{Width}" height="{Height}" viewBox="0 0 {Width} {Height}" font-family="sans-serif" font-size="12">""").Append('\n');
        svg.Append(CultureInfo.InvariantCulture, $"""<rect width="{Width}" height="{Height}" fill="white"/>""").Append('\n');
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{Left}" y="22" font-size="15" font-weight="bold">{WebUtility.HtmlEncode(title)}</text>""").Append('\n');

        for (var decade = low; decade <= high * 1.0001; decade *= 10)
        {
            var y = Y(decade);
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{Left}" y1="{y:F1}" x2="{Left + plotWidth}" y2="{y:F1}" stroke="#ddd"/>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{Left - 6}" y="{y + 4:F1}" text-anchor="end">{FormatMilliseconds(decade)}</text>""").Append('\n');
        }

        foreach (var percentile in new[] { 0, 25, 50, 75, 90, 95, 99, 100 })
        {
            var x = X(percentile);
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{x:F1}" y1="{Top}" x2="{x:F1}" y2="{Top + plotHeight}" stroke="#eee"/>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{x:F1}" y="{Top + plotHeight + 16}" text-anchor="middle">p{percentile}</text>""").Append('\n');
        }

        svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{Left}" y="{Top}" width="{plotWidth}" height="{plotHeight}" fill="none" stroke="#333"/>""").Append('\n');
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{Left + (plotWidth / 2)}" y="{Height - 12}" text-anchor="middle">percentile of requests / documents</text>""").Append('\n');
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="16" y="{Top + (plotHeight / 2)}" text-anchor="middle" transform="rotate(-90 16 {Top + (plotHeight / 2)})">latency (log scale)</text>""").Append('\n');

        var index = 0;
        foreach (var (name, values) in series)
        {
            var color = Colors[index % Colors.Length];
            var sorted = values.Order().ToList();
            if (sorted.Count > 0)
            {
                var points = new StringBuilder();
                var steps = Math.Min(sorted.Count, 400);
                for (var step = 0; step <= steps; step++)
                {
                    var percentile = steps == 0 ? 0 : 100.0 * step / steps;
                    points.Append(CultureInfo.InvariantCulture, $"{X(percentile):F1},{Y(Percentiles.Of(sorted, percentile)):F1} ");
                }

                svg.Append(CultureInfo.InvariantCulture, $"""<polyline fill="none" stroke="{color}" stroke-width="2" points="{points.ToString().TrimEnd()}"/>""").Append('\n');
            }

            var legendY = Top + 10 + (index * 34);
            var p50 = Percentiles.Of(sorted, 50);
            var p95 = Percentiles.Of(sorted, 95);
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{Width - Right + 14}" y1="{legendY}" x2="{Width - Right + 34}" y2="{legendY}" stroke="{color}" stroke-width="3"/>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{Width - Right + 40}" y="{legendY + 4}">{WebUtility.HtmlEncode(name)} (n={sorted.Count})</text>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{Width - Right + 40}" y="{legendY + 18}" fill="#555">p50 {FormatMilliseconds(p50)} · p95 {FormatMilliseconds(p95)}</text>""").Append('\n');
            index++;
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static string FormatMilliseconds(double ms) => ms switch
    {
        double.NaN => "–",
        >= 1000 => string.Create(CultureInfo.InvariantCulture, $"{ms / 1000:0.##} s"),
        >= 1 => string.Create(CultureInfo.InvariantCulture, $"{ms:0.#} ms"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{ms:0.###} ms"),
    };
}
