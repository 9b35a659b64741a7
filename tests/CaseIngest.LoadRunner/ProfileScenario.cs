using System.Diagnostics;
using CaseIngest.Core;
using CaseIngest.Core.Extraction;
using CaseIngest.Core.Extraction.Context;
using CaseIngest.Core.Parsing;

namespace CaseIngest.LoadRunner;

/// <summary>
/// Where extraction time goes: parsing, sentence splitting, tokenizing and each pipeline step, summed over the
/// corpus mix (warm: the corpus is run <c>--passes</c> times before timing, then timed as often; figures are per pass), plus the documents with the most time per KB, which
/// is where a scan that grows faster than the text shows itself. Also the bytes allocated by each step on the
/// measuring thread, in total and per input byte; allocation does not depend on machine load.
/// </summary>
internal static class ProfileScenario
{
    public static void Run(RunnerArguments arguments, Report report)
    {
        var corpus = CorpusDocuments.Load(RunnerPaths.Corpus(arguments.Corpus));
        var options = new EngineOptions { MaxDocumentBytes = 64L * 1024 * 1024 };
        var engine = new CaseEngine(options);
        var reader = DocumentReader.CreateDefault(options.MaxDocumentBytes);
        var analyzer = ContextAnalyzer.LoadDefault();
        for (var pass = 0; pass < arguments.Passes; pass++)
        {
            foreach (var (name, bytes) in corpus.All)
            {
                _ = engine.Process(name, bytes);
            }
        }

        var totals = new Dictionary<string, double>(StringComparer.Ordinal);
        var allocated = new Dictionary<string, long>(StringComparer.Ordinal);
        var perDocument = new List<(string Name, int Bytes, double Milliseconds)>();
        var parseByFormat = new Dictionary<string, (long Allocated, long Bytes)>(StringComparer.Ordinal);
        var stepLabels = engine.Pipeline.Steps.Select(s => "step " + s.Name).ToArray();
        var before = 0L;
        void Add(string step, double ms)
        {
            var after = GC.GetAllocatedBytesForCurrentThread();
            totals[step] = totals.GetValueOrDefault(step) + ms;
            allocated[step] = allocated.GetValueOrDefault(step) + (after - before);
            before = GC.GetAllocatedBytesForCurrentThread();
        }

        for (var pass = 0; pass < arguments.Passes; pass++)
        {
            foreach (var (name, bytes) in corpus.All)
            {
                before = GC.GetAllocatedBytesForCurrentThread();
                var clock = Stopwatch.StartNew();
                var parsed = reader.Read(name, bytes);
                var parseAllocated = GC.GetAllocatedBytesForCurrentThread() - before;
                Add("parse (detect format, read, section)", clock.Elapsed.TotalMilliseconds);
                var format = parsed.Document?.Format ?? "rejected";
                var sofar = parseByFormat.GetValueOrDefault(format);
                parseByFormat[format] = (sofar.Allocated + parseAllocated, sofar.Bytes + bytes.Length);
                var total = clock.Elapsed.TotalMilliseconds;
                if (parsed.Document is not { } document)
                {
                    continue;
                }

                clock.Restart();
                before = GC.GetAllocatedBytesForCurrentThread();
                var context = new ExtractionContext(document, analyzer);
                Add("sentences", clock.Elapsed.TotalMilliseconds);
                total += clock.Elapsed.TotalMilliseconds;
                clock.Restart();
                _ = context.Tokens;
                Add("tokens", clock.Elapsed.TotalMilliseconds);
                total += clock.Elapsed.TotalMilliseconds;
                for (var i = 0; i < engine.Pipeline.Steps.Count; i++)
                {
                    clock.Restart();
                    engine.Pipeline.Steps[i].Run(context);
                    Add(stepLabels[i], clock.Elapsed.TotalMilliseconds);
                    total += clock.Elapsed.TotalMilliseconds;
                }

                context.ReturnBuffers();

                if (pass == arguments.Passes - 1)
                {
                    perDocument.Add((name, bytes.Length, total));
                }
            }
        }

        foreach (var step in totals.Keys.ToList())
        {
            totals[step] /= arguments.Passes;
            allocated[step] /= arguments.Passes;
        }

        foreach (var format in parseByFormat.Keys.ToList())
        {
            var (formatAllocated, formatBytes) = parseByFormat[format];
            parseByFormat[format] = (formatAllocated / arguments.Passes, formatBytes / arguments.Passes);
        }

        var sum = totals.Values.Sum();
        report.Figure("corpus mix, total extraction time (1 thread, warm)", sum, "ms");
        report.Figure("corpus mix, throughput (1 thread, warm)", corpus.TotalBytes / 1048576.0 / (sum / 1000), "MB/s");
        foreach (var (step, ms) in totals.OrderByDescending(t => t.Value))
        {
            report.Figure($"  {step}", ms, $"ms ({100 * ms / sum:F0} %)");
        }

        var allocatedSum = allocated.Values.Sum();
        report.Figure("corpus mix, bytes allocated per pass (1 thread)", allocatedSum / 1048576.0, "MB");
        report.Figure("corpus mix, bytes allocated per input byte", (double)allocatedSum / corpus.TotalBytes, "B/B");
        foreach (var (step, bytesAllocated) in allocated.OrderByDescending(a => a.Value))
        {
            report.Figure($"  allocated: {step}", bytesAllocated / 1048576.0, $"MB ({(double)bytesAllocated / corpus.TotalBytes:F2} B/B, {100.0 * bytesAllocated / allocatedSum:F0} %)");
        }

        foreach (var (format, (parseAllocated, formatBytes)) in parseByFormat.OrderByDescending(p => p.Value.Allocated))
        {
            report.Figure($"  allocated: parse {format}", parseAllocated / 1048576.0, $"MB ({(double)parseAllocated / formatBytes:F2} B per {format} byte, {formatBytes / 1024} KB in)");
        }

        foreach (var (name, bytes, ms) in perDocument.OrderByDescending(d => d.Milliseconds / d.Bytes).Take(8))
        {
            report.Figure($"  slowest per KB: {name}", ms, $"ms for {bytes / 1024.0:F0} KB ({ms * 1024 / bytes:F2} ms/KB)");
        }
    }
}
