using CaseIngest.Core;
using CaseIngest.Core.Extraction;
using CaseIngest.Core.Extraction.Context;
using CaseIngest.Core.Parsing;

namespace CaseIngest.LoadRunner;

/// <summary>
/// Whether extraction cost grows with the text and no faster: one plain-text input each of 100 KB, 1 MB, 4 MB and
/// 16 MB made of the corpus's case reports one after another, each extracted warm (at least 16 MB of the same input
/// first) and then timed in CPU time of the thread over at least 8 MB (median pass), per step. Reports nanoseconds
/// per input byte per step and size, and each size's cost per byte as a ratio to that at 100 KB.
/// </summary>
internal static class ScaleScenario
{
    private static readonly int[] Kilobytes = [100, 1024, 4096, 16384];

    public static void Run(RunnerArguments arguments, Report report)
    {
        var reports = CorpusDocuments.Load(RunnerPaths.Corpus(arguments.Corpus)).All
            .Where(d => d.Name.EndsWith(".txt", StringComparison.Ordinal) && !d.Name.StartsWith("medline", StringComparison.Ordinal))
            .OrderBy(d => d.Name, StringComparer.Ordinal)
            .Select(d => d.Bytes)
            .ToList();
        var options = new EngineOptions { MaxDocumentBytes = 64L * 1024 * 1024 };
        var engine = new CaseEngine(options);
        var reader = DocumentReader.CreateDefault(options.MaxDocumentBytes);
        var analyzer = ContextAnalyzer.LoadDefault();
        var labels = new[] { "parse", "sentences", "tokens" }.Concat(engine.Pipeline.Steps.Select(s => s.Name)).Append("total").ToArray();
        var perByte = new Dictionary<int, double[]>();
        foreach (var kb in Kilobytes)
        {
            var input = Concatenate(reports, kb * 1024);
            var warm = Math.Max(1, (int)(16L * 1048576 / input.Length));
            var timed = Math.Max(3, (int)(8L * 1048576 / input.Length));
            var passes = new List<double[]>();
            for (var pass = 0; pass < warm + timed; pass++)
            {
                var times = Pass(engine, reader, analyzer, input, labels.Length);
                if (pass >= warm)
                {
                    passes.Add(times);
                }
            }

            var costs = new double[labels.Length];
            for (var i = 0; i < labels.Length; i++)
            {
                costs[i] = Median(passes.Select(p => p[i])) * 1e6 / input.Length;
            }

            perByte[kb] = costs;
            report.Figure($"{kb} KB input ({input.Length / 1024} KB, {timed} timed passes after {warm}): total", costs[^1], "ns per byte (thread CPU)");
            for (var i = 0; i < labels.Length - 1; i++)
            {
                report.Figure($"  {kb} KB {labels[i]}", costs[i], $"ns/B ({costs[i] / perByte[Kilobytes[0]][i]:F2}x the 100 KB cost per byte)");
            }
        }

        var largest = perByte[Kilobytes[^1]];
        var smallest = perByte[Kilobytes[0]];
        var worst = Enumerable.Range(0, labels.Length).MaxBy(i => largest[i] / smallest[i]);
        report.Figure($"16 MB against 100 KB, cost per byte, whole extraction", largest[^1] / smallest[^1], "x");
        report.Figure($"16 MB against 100 KB, cost per byte, highest step ({labels[worst]})", largest[worst] / smallest[worst], "x (target 1.3)");
    }

    private static double[] Pass(CaseEngine engine, DocumentReader reader, ContextAnalyzer analyzer, byte[] input, int count)
    {
        var times = new double[count];
        var start = ThreadCpu.Milliseconds();
        var parsed = reader.Read("scale.txt", input);
        var clock = ThreadCpu.Milliseconds();
        times[0] = clock - start;
        var context = new ExtractionContext(parsed.Document ?? throw new InvalidOperationException("the scale input was rejected"), analyzer);
        times[1] = Lap(ref clock);
        _ = context.Tokens;
        times[2] = Lap(ref clock);
        for (var i = 0; i < engine.Pipeline.Steps.Count; i++)
        {
            engine.Pipeline.Steps[i].Run(context);
            times[3 + i] = Lap(ref clock);
        }

        times[^1] = clock - start;
        return times;
    }

    private static double Lap(ref double clock)
    {
        var now = ThreadCpu.Milliseconds();
        var lap = now - clock;
        clock = now;
        return lap;
    }

    /// <summary>Whole reports, separated by a blank line, until <paramref name="bytes"/> is reached.</summary>
    internal static byte[] Concatenate(IReadOnlyList<byte[]> reports, int bytes)
    {
        using var output = new MemoryStream(bytes + 65536);
        for (var i = 0; output.Length < bytes; i++)
        {
            output.Write(reports[i % reports.Count]);
            output.Write("\n\n"u8);
        }

        return output.ToArray();
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }
}
