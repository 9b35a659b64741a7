using System.Diagnostics;
using System.Text;
using CaseIngest.Core;

namespace CaseIngest.LoadRunner;

/// <summary>
/// Engine memory in this process: the managed heap after a full collection every 1,000 documents across
/// --documents documents of the corpus mix (it must not grow), and the peak resident set while one large
/// plain-text input (--large-mb, made of case reports one after the other) is extracted.
/// </summary>
internal static class MemoryScenario
{
    public static void Run(RunnerArguments arguments, Report report)
    {
        var corpus = CorpusDocuments.Load(RunnerPaths.Corpus(arguments.Corpus));
        var engine = new CaseEngine(new EngineOptions { MaxDocumentBytes = 64L * 1024 * 1024 });
        var pid = Environment.ProcessId;

        var large = LargeInput(corpus, arguments.LargeMegabytes * 1024 * 1024);
        var probe = large.AsSpan(0, Math.Min(large.Length, 2 * 1024 * 1024)).ToArray();
        var probeClock = Stopwatch.StartNew();
        _ = engine.Process("probe.txt", probe);
        var projected = probeClock.Elapsed.TotalSeconds * large.Length / probe.Length;
        report.Figure("2 MB plain-text input, extraction time", probeClock.Elapsed.TotalMilliseconds, "ms");
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var before = ProcessMemory.ResidentMegabytes(pid);
        if (projected > arguments.Timeout.TotalSeconds)
        {
            report.Note("large input", $"skipped: the 2 MB probe projects {projected:F0} s for {arguments.LargeMegabytes} MB, above the {arguments.Timeout.TotalSeconds:F0} s bound");
        }
        else
        {
            var reset = ProcessMemory.ResetOwnPeak();
            var clock = Stopwatch.StartNew();
            var result = engine.Process("large.txt", large);
            clock.Stop();
            var peak = ProcessMemory.PeakMegabytes(pid);
            report.Figure($"{arguments.LargeMegabytes} MB input: extraction time", clock.Elapsed.TotalSeconds, "s");
            report.Figure($"{arguments.LargeMegabytes} MB input: drugs found", result.Record?.Drugs.Count ?? -1, "facts");
            report.Figure("resident memory before the large input", before, "MB");
            report.Figure($"{arguments.LargeMegabytes} MB input: peak resident memory" + (reset ? "" : " (process peak, not reset)"), peak, "MB");
            report.Figure($"{arguments.LargeMegabytes} MB input: peak above the resident memory before", peak - before, "MB");
        }

        large = [];
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var heap = new List<double>();
        var resident = new List<double>();
        var steady = Stopwatch.StartNew();
        long bytes = 0;
        var processed = 0;
        for (var i = 0; i < arguments.Documents && steady.Elapsed < arguments.Timeout; i++)
        {
            var (name, content) = corpus.Take("memory/", i);
            _ = engine.Process(name, content);
            bytes += content.Length;
            processed++;
            if ((i + 1) % 1000 == 0)
            {
                heap.Add(GC.GetTotalMemory(forceFullCollection: true) / 1024.0 / 1024.0);
                resident.Add(ProcessMemory.ResidentMegabytes(pid));
            }
        }

        report.Figure("documents processed for the steady-state check", processed, "documents");
        report.Figure("of which bytes", bytes / 1024.0 / 1024.0, "MB");
        if (heap.Count > 1)
        {
            report.Note("managed heap after each 1,000 documents (MB)", string.Join(" ", heap.Select(h => h.ToString("F1", System.Globalization.CultureInfo.InvariantCulture))));
            report.Note("resident memory after each 1,000 documents (MB)", string.Join(" ", resident.Select(h => h.ToString("F0", System.Globalization.CultureInfo.InvariantCulture))));
            report.Figure("managed heap growth, first to last reading", heap[^1] - heap[0], "MB");
        }
    }

    private static byte[] LargeInput(CorpusDocuments corpus, int size)
    {
        var texts = corpus.All.Where(d => d.Name.StartsWith("cases-io/", StringComparison.Ordinal) && d.Name.EndsWith(".txt", StringComparison.Ordinal)).Select(d => d.Bytes).ToList();
        var output = new MemoryStream(size + (1024 * 1024));
        var separator = Encoding.UTF8.GetBytes("\n\n");
        for (var i = 0; output.Length < size; i++)
        {
            output.Write(texts[i % texts.Count]);
            output.Write(separator);
        }

        return output.ToArray();
    }
}
