using CaseIngest.Core;
using CaseIngest.Core.Extraction;
using CaseIngest.Core.Extraction.Context;
using CaseIngest.Core.Formats;
using CaseIngest.Core.Parsing;

namespace CaseIngest.LoadRunner;

/// <summary>
/// Whether extraction cost grows with the text and no faster: plain-text inputs of 100 KB, 1 MB, 4 MB and 16 MB made of
/// the corpus's case reports one after another, each extracted warm (at least 16 MB of the same input first) and then
/// timed in CPU time of the thread over at least 8 MB (median pass), per step. A size below one round of the reports
/// (about 830 KB) is every report in consecutive inputs of that size, so each size reads the same mix of reports and
/// only the size of a document differs. Reports nanoseconds per input byte per step and size, and each size's cost per
/// byte as a ratio to that at 100 KB. Parsing is also broken down (decoding, each format's test, the plain-text parse:
/// sections, title and header) over three more passes of each size.
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
        var parsers = FormatParsers.CreateDefault();
        var parseLabels = new[] { "decode" }.Concat(parsers.Select(p => $"{p.GetType().Name} test")).Append("parse as text").ToArray();
        var parsePerByte = new Dictionary<int, double[]>();
        foreach (var kb in Kilobytes)
        {
            var inputs = Inputs(reports, kb * 1024);
            var length = inputs.Sum(i => (long)i.Length);
            var warm = Math.Max(1, (int)(16L * 1048576 / length));
            var timed = Math.Max(3, (int)(8L * 1048576 / length));
            var passes = new List<double[]>();
            for (var pass = 0; pass < warm + timed; pass++)
            {
                var times = new double[labels.Length];
                foreach (var input in inputs)
                {
                    var one = Pass(engine, reader, analyzer, input, labels.Length);
                    for (var i = 0; i < times.Length; i++)
                    {
                        times[i] += one[i];
                    }
                }

                if (pass >= warm)
                {
                    passes.Add(times);
                }
            }

            var costs = new double[labels.Length];
            for (var i = 0; i < labels.Length; i++)
            {
                costs[i] = Median(passes.Select(p => p[i])) * 1e6 / length;
            }

            perByte[kb] = costs;
            report.Figure($"{kb} KB input ({inputs.Count} of {length / inputs.Count / 1024} KB, {timed} timed passes after {warm}): total", costs[^1], "ns per byte (thread CPU)");
            for (var i = 0; i < labels.Length - 1; i++)
            {
                report.Figure($"  {kb} KB {labels[i]}", costs[i], $"ns/B ({costs[i] / perByte[Kilobytes[0]][i]:F2}x the 100 KB cost per byte)");
            }

            var parseCosts = ParseParts(parsers, inputs, parseLabels.Length, length);
            parsePerByte[kb] = parseCosts;
            for (var i = 0; i < parseLabels.Length; i++)
            {
                report.Figure($"  {kb} KB parse: {parseLabels[i]}", parseCosts[i], $"ns/B ({parseCosts[i] / Math.Max(1e-9, parsePerByte[Kilobytes[0]][i]):F2}x the 100 KB cost per byte)");
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

        // as the engine does when a document is done: its word storage and the matchers' buffers go back for the next
        context.ReturnBuffers();
        times[^1] = ThreadCpu.Milliseconds() - start;
        return times;
    }

    /// <summary>
    /// Parsing in its parts, median of three passes over the inputs after one: decoding, each format's test in the
    /// order the reader tries them (every one runs, as for a plain-text document), and the plain-text parse.
    /// </summary>
    private static double[] ParseParts(IReadOnlyList<IDocumentParser> parsers, List<byte[]> inputs, int count, long length)
    {
        var passes = new List<double[]>();
        for (var pass = 0; pass < 4; pass++)
        {
            var times = new double[count];
            foreach (var input in inputs)
            {
                var clock = ThreadCpu.Milliseconds();
                var text = TextDecoder.Decode(input).Text ?? throw new InvalidOperationException("the scale input was not decoded");
                times[0] += Lap(ref clock);
                for (var i = 0; i < parsers.Count - 1; i++)
                {
                    if (parsers[i].Match(text, "scale.txt"))
                    {
                        throw new InvalidOperationException($"the scale input was taken by {parsers[i].GetType().Name}");
                    }

                    times[1 + i] += Lap(ref clock);
                }

                _ = parsers[^1].Match(text, "scale.txt");
                times[parsers.Count] += Lap(ref clock);
                _ = parsers[^1].Parse(text, "scale.txt");
                times[^1] += Lap(ref clock);
            }

            if (pass > 0)
            {
                passes.Add(times);
            }
        }

        return [.. Enumerable.Range(0, count).Select(i => Median(passes.Select(p => p[i])) * 1e6 / length)];
    }

    private static double Lap(ref double clock)
    {
        var now = ThreadCpu.Milliseconds();
        var lap = now - clock;
        clock = now;
        return lap;
    }

    /// <summary>
    /// One input of <paramref name="bytes"/> when that is at least one round of the reports; else the reports once, in
    /// consecutive inputs of at least <paramref name="bytes"/> each (the remainder joins the last).
    /// </summary>
    private static List<byte[]> Inputs(IReadOnlyList<byte[]> reports, int bytes)
    {
        var round = reports.Sum(r => r.Length + 2);
        if (bytes >= round)
        {
            return [Concatenate(reports, bytes)];
        }

        var inputs = new List<byte[]>();
        var group = new List<byte[]>();
        var size = 0;
        foreach (var report in reports)
        {
            group.Add(report);
            size += report.Length + 2;
            if (size >= bytes && round - inputs.Sum(i => i.Length) - size >= bytes)
            {
                inputs.Add(Concatenate(group, size));
                group.Clear();
                size = 0;
            }
        }

        if (group.Count > 0)
        {
            inputs.Add(Concatenate(group, size));
        }

        return inputs;
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
