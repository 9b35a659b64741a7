using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CaseIngest.LoadRunner;

/// <summary>
/// When each document passed the app's stages, read from the app's own log lines (one line each, UTC timestamps):
/// the watcher's listing queued it (<c>Listed blob … (record id): queued for ingest</c>) and the engine finished it
/// (<c>Extracted record id in N ms</c>); and each listing of the container, with its size and duration. Only ids and timings are read; the app logs no document text.
/// </summary>
internal sealed partial class StageLog
{
    private const string TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fff";

    private readonly ConcurrentDictionary<string, DateTimeOffset> _queued = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (DateTimeOffset At, double Milliseconds)> _extracted = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(DateTimeOffset At, int Listed, double Milliseconds)> _listings = new();

    /// <summary>The app settings that make it write those lines: single-line console logs with UTC millisecond timestamps.</summary>
    public static IReadOnlyDictionary<string, string> AppSettings { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Logging__Console__FormatterName"] = "simple",
        ["Logging__Console__FormatterOptions__SingleLine"] = "true",
        ["Logging__Console__FormatterOptions__UseUtcTimestamp"] = "true",
        ["Logging__Console__FormatterOptions__TimestampFormat"] = TimestampFormat + " ",
        ["Logging__LogLevel__CaseIngest.LocalHost.BlobWatcher"] = "Debug",
        ["Logging__LogLevel__CaseIngest.Application.IngestService"] = "Debug",
    };

    public void Read(string line)
    {
        if (QueuedLine().Match(line) is { Success: true } queued)
        {
            _queued.TryAdd(queued.Groups["id"].Value, Time(queued));
        }
        else if (ExtractedLine().Match(line) is { Success: true } extracted)
        {
            var milliseconds = double.Parse(extracted.Groups["ms"].Value, CultureInfo.InvariantCulture);
            _extracted[extracted.Groups["id"].Value] = (Time(extracted), milliseconds);
        }
        else if (ListedLine().Match(line) is { Success: true } listed)
        {
            _listings.Enqueue((Time(listed), int.Parse(listed.Groups["listed"].Value, CultureInfo.InvariantCulture), double.Parse(listed.Groups["ms"].Value, CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>The watcher's listings that ended between <paramref name="from"/> and <paramref name="to"/>: how many, blobs listed in all, time spent listing.</summary>
    public (int Listings, int Blobs, double Milliseconds) Listings(DateTimeOffset from, DateTimeOffset to)
    {
        var inside = _listings.Where(l => l.At >= from && l.At <= to).ToList();
        return (inside.Count, inside.Sum(l => l.Listed), inside.Sum(l => l.Milliseconds));
    }

    /// <summary>
    /// Per document of a batch: upload end to listed, listed to extraction start (waiting for a worker, state read,
    /// blob read), extraction, and extraction end to the stored row. Documents with a stage missing are left out.
    /// </summary>
    public IReadOnlyList<(string Stage, IReadOnlyList<double> Milliseconds)> Stages(IReadOnlyDictionary<string, DateTimeOffset> uploaded, IReadOnlyDictionary<string, DateTimeOffset> stored)
    {
        var listing = new List<double>();
        var waiting = new List<double>();
        var extraction = new List<double>();
        var storing = new List<double>();
        foreach (var (id, row) in stored)
        {
            if (!uploaded.TryGetValue(id, out var upload) || !_queued.TryGetValue(id, out var queued) || !_extracted.TryGetValue(id, out var extracted))
            {
                continue;
            }

            listing.Add((queued - upload).TotalMilliseconds);
            waiting.Add((extracted.At - queued).TotalMilliseconds - extracted.Milliseconds);
            extraction.Add(extracted.Milliseconds);
            storing.Add((row - extracted.At).TotalMilliseconds);
        }

        return
        [
            ("upload to listed", listing),
            ("listed to extraction start (worker wait, state and blob reads)", waiting),
            ("extraction", extraction),
            ("extraction end to row stored", storing),
        ];
    }

    private static DateTimeOffset Time(Match match) =>
        DateTimeOffset.ParseExact(match.Groups["at"].Value, TimestampFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    /// <example>2026-12-04T05:40:01.123 dbug: CaseIngest.LocalHost.BlobWatcher[109] Listed blob ingest/n100/00001-a.txt (record 8a1cebc12833ec170e35615ef3b565c7): queued for ingest</example>
    [GeneratedRegex(@"^(?<at>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}) dbug: CaseIngest\.LocalHost\.BlobWatcher\[109\] Listed blob .* \(record (?<id>[0-9a-f]{32})\): queued for ingest$")]
    private static partial Regex QueuedLine();

    /// <example>2026-12-04T05:40:01.300 dbug: CaseIngest.LocalHost.BlobWatcher[110] Listed the container: 1101 blob(s), 12 queued, in 41.7 ms</example>
    [GeneratedRegex(@"^(?<at>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}) dbug: CaseIngest\.LocalHost\.BlobWatcher\[110\] Listed the container: (?<listed>[0-9]+) blob\(s\), [0-9]+ queued, in (?<ms>[0-9]+(?:\.[0-9]+)?) ms$")]
    private static partial Regex ListedLine();

    /// <example>2026-12-04T05:40:01.456 dbug: CaseIngest.Application.IngestService[13] Extracted record 8a1cebc12833ec170e35615ef3b565c7 in 3.2 ms</example>
    [GeneratedRegex(@"^(?<at>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}) dbug: CaseIngest\.Application\.IngestService\[13\] Extracted record (?<id>[0-9a-f]{32}) in (?<ms>[0-9]+(?:\.[0-9]+)?) ms$")]
    private static partial Regex ExtractedLine();
}
