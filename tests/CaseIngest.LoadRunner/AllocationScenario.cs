using CaseIngest.Core;
using CaseIngest.Core.Extraction;
using CaseIngest.Core.Extraction.Context;
using CaseIngest.Core.Parsing;

namespace CaseIngest.LoadRunner;

/// <summary>
/// What is allocated, by type, in each part of extraction over the corpus mix (warm, as <c>profile</c>): the runtime's
/// allocation samples (<see cref="AllocationTicks"/>) of the measuring thread, each given to the part (parse of a
/// format, sentences, tokens, a step) running when it was taken. Estimates, about 100 KB a sample; the exact bytes per
/// part are <c>profile</c>'s.
/// </summary>
internal static class AllocationScenario
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

        var stepLabels = engine.Pipeline.Steps.Select(s => "step " + s.Name).ToArray();
        var parts = new List<(DateTime Start, DateTime End, string Part)>();
        using var ticks = new AllocationTicks();
        Thread.Sleep(500);
        for (var pass = 0; pass < arguments.Passes; pass++)
        {
            foreach (var (name, bytes) in corpus.All)
            {
                var start = DateTime.UtcNow;
                var parsed = reader.Read(name, bytes);
                var end = DateTime.UtcNow;
                parts.Add((start, end, "parse " + (parsed.Document?.Format ?? "rejected")));
                if (parsed.Document is not { } document)
                {
                    continue;
                }

                start = end;
                var context = new ExtractionContext(document, analyzer);
                end = DateTime.UtcNow;
                parts.Add((start, end, "sentences"));
                start = end;
                _ = context.Tokens;
                end = DateTime.UtcNow;
                parts.Add((start, end, "tokens"));
                for (var i = 0; i < engine.Pipeline.Steps.Count; i++)
                {
                    start = end;
                    engine.Pipeline.Steps[i].Run(context);
                    end = DateTime.UtcNow;
                    parts.Add((start, end, stepLabels[i]));
                }

                context.ReturnBuffers();
            }
        }

        // the samples arrive on the listener's thread a little after they are taken
        Thread.Sleep(2000);
        var samples = ticks.Samples();
        var measured = samples.GroupBy(s => s.Thread).MaxBy(g => g.Count())?.ToList() ?? [];
        var starts = parts.Select(p => p.Start).ToArray();
        var byPart = new Dictionary<(string Part, string Type), long>();
        foreach (var (time, _, type, bytes) in measured)
        {
            var utc = time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : time;
            var index = Array.BinarySearch(starts, utc);
            index = index >= 0 ? index : ~index - 1;
            var part = index >= 0 && utc <= parts[index].End ? parts[index].Part : "(between parts)";
            byPart[(part, type)] = byPart.GetValueOrDefault((part, type)) + bytes;
        }

        var total = byPart.Values.Sum();
        report.Figure("allocation samples of the measuring thread", measured.Count, $"samples ({samples.Count} on all threads), {total / 1048576.0 / arguments.Passes:F2} MB a pass");
        foreach (var (type, bytes) in byPart.GroupBy(p => p.Key.Type).Select(g => (g.Key, g.Sum(p => p.Value))).OrderByDescending(t => t.Item2).Take(25))
        {
            report.Figure($"  type {type}", bytes / 1048576.0 / arguments.Passes, $"MB a pass ({100.0 * bytes / total:F0} %)");
        }

        foreach (var part in byPart.GroupBy(p => p.Key.Part).OrderByDescending(g => g.Sum(p => p.Value)))
        {
            var partBytes = part.Sum(p => p.Value);
            report.Figure($"{part.Key}", partBytes / 1048576.0 / arguments.Passes, $"MB a pass ({100.0 * partBytes / total:F0} %)");
            foreach (var ((_, type), bytes) in part.OrderByDescending(p => p.Value).Take(6))
            {
                report.Figure($"    {type}", bytes / 1048576.0 / arguments.Passes, "MB a pass");
            }
        }
    }
}
