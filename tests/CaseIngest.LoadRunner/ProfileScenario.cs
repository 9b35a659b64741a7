using System.Diagnostics;
using CaseIngest.Core;
using CaseIngest.Core.Extraction;
using CaseIngest.Core.Extraction.Context;
using CaseIngest.Core.Parsing;

namespace CaseIngest.LoadRunner;

/// <summary>
/// Where extraction time goes: parsing, sentence splitting, tokenizing and each pipeline step, summed over the
/// corpus mix (warm: the corpus is run once before timing), plus the documents with the most time per KB, which
/// is where a scan that grows faster than the text shows itself.
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
        foreach (var (name, bytes) in corpus.All)
        {
            _ = engine.Process(name, bytes);
        }

        var totals = new Dictionary<string, double>(StringComparer.Ordinal);
        var perDocument = new List<(string Name, int Bytes, double Milliseconds)>();
        void Add(string step, double ms) => totals[step] = totals.GetValueOrDefault(step) + ms;
        foreach (var (name, bytes) in corpus.All)
        {
            var clock = Stopwatch.StartNew();
            var parsed = reader.Read(name, bytes);
            Add("parse (detect format, read, section)", clock.Elapsed.TotalMilliseconds);
            var total = clock.Elapsed.TotalMilliseconds;
            if (parsed.Document is not { } document)
            {
                continue;
            }

            clock.Restart();
            var context = new ExtractionContext(document, analyzer);
            Add("sentences", clock.Elapsed.TotalMilliseconds);
            total += clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            _ = context.Tokens;
            Add("tokens", clock.Elapsed.TotalMilliseconds);
            total += clock.Elapsed.TotalMilliseconds;
            foreach (var step in engine.Pipeline.Steps)
            {
                clock.Restart();
                step.Run(context);
                Add("step " + step.Name, clock.Elapsed.TotalMilliseconds);
                total += clock.Elapsed.TotalMilliseconds;
            }

            perDocument.Add((name, bytes.Length, total));
        }

        var sum = totals.Values.Sum();
        report.Figure("corpus mix, total extraction time (1 thread, warm)", sum, "ms");
        report.Figure("corpus mix, throughput (1 thread, warm)", corpus.TotalBytes / 1048576.0 / (sum / 1000), "MB/s");
        foreach (var (step, ms) in totals.OrderByDescending(t => t.Value))
        {
            report.Figure($"  {step}", ms, $"ms ({100 * ms / sum:F0} %)");
        }

        foreach (var (name, bytes, ms) in perDocument.OrderByDescending(d => d.Milliseconds / d.Bytes).Take(8))
        {
            report.Figure($"  slowest per KB: {name}", ms, $"ms for {bytes / 1024.0:F0} KB ({ms * 1024 / bytes:F2} ms/KB)");
        }
    }
}
