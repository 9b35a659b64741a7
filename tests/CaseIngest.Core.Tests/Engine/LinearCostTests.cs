using CaseIngest.Core.Extraction;
using CaseIngest.Core.Extraction.Context;
using CaseIngest.Core.Parsing;
using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Engine;

/// <summary>
/// Cost that grows with the text and no faster, guarded without timing anything: the bytes the pipeline allocates
/// are counted (deterministic for given code and input) for the corpus's case reports concatenated to 1 MB and to
/// 4 MB. A step that copies or re-collects the fact list per fact, or builds a string per fact from the whole text,
/// allocates more per byte at the larger size. The timed benchmark is the load runner's <c>scale</c> mode.
/// Run alone: the arrays kept for large documents are shared by the process, and another test taking them would count
/// as allocation here.
/// </summary>
[Collection(ThreadMemoryTests.Alone)]
public sealed class LinearCostTests
{
    [Fact]
    public void AllocationPerInputByteAtFourTimesTheTextStaysWithinAThirdMore()
    {
        var reports = CaseReports();
        var engine = Engines.Default;
        var reader = DocumentReader.CreateDefault(64L * 1024 * 1024);
        var analyzer = ContextAnalyzer.LoadDefault();
        var small = Concatenate(reports, 1024 * 1024);
        var large = Concatenate(reports, 4 * 1024 * 1024);
        _ = Allocated(engine, reader, analyzer, small);

        var perByteSmall = (double)Allocated(engine, reader, analyzer, small) / small.Length;
        _ = Allocated(engine, reader, analyzer, large);
        var perByteLarge = (double)Allocated(engine, reader, analyzer, large) / large.Length;

        Assert.True(perByteSmall > 0);
        Assert.True(perByteLarge <= 1.3 * perByteSmall, $"{perByteLarge:F2} bytes allocated per input byte at 4 MB against {perByteSmall:F2} at 1 MB");
    }

    [Fact]
    public void EveryStepAllocatesPerInputByteAtFourTimesTheTextLessThanTwiceAsMuch()
    {
        // 2 MB and above: past the sizes up to which the matchers' per-thread buffers are kept from one document to the next.
        // Lists grow by doubling, so a step's bytes per input byte can differ by up to 2x between two sizes; a step that
        // copies its facts per fact allocates 4x as much per byte at four times the text.
        var reports = CaseReports();
        var engine = Engines.Default;
        var reader = DocumentReader.CreateDefault(64L * 1024 * 1024);
        var analyzer = ContextAnalyzer.LoadDefault();
        var small = Concatenate(reports, 2 * 1024 * 1024);
        var large = Concatenate(reports, 8 * 1024 * 1024);
        _ = AllocatedPerStep(engine, reader, analyzer, small);

        var smallSteps = AllocatedPerStep(engine, reader, analyzer, small);
        // each size after one document of its size, as in a run of such documents: the arrays kept for large documents
        // (words, lower-cased text, word hashes) are then reused, not allocated
        _ = AllocatedPerStep(engine, reader, analyzer, large);
        var largeSteps = AllocatedPerStep(engine, reader, analyzer, large);

        var names = new[] { "parse", "sentences", "tokens" }.Concat(engine.Pipeline.Steps.Select(s => s.Name)).ToArray();
        Assert.Equal(names.Length, largeSteps.Length);
        Assert.Contains(smallSteps, bytes => bytes > 0);
        var over = Enumerable.Range(0, names.Length)
            .Where(i => largeSteps[i] / (double)large.Length > 2 * (smallSteps[i] / (double)small.Length) + 0.02)
            .Select(i => $"{names[i]}: {largeSteps[i] / (double)large.Length:F2} B/B at 8 MB against {smallSteps[i] / (double)small.Length:F2} at 2 MB")
            .ToList();
        Assert.True(over.Count == 0, string.Join("; ", over));
    }

    private static long[] AllocatedPerStep(CaseEngine engine, DocumentReader reader, ContextAnalyzer analyzer, byte[] input)
    {
        var allocated = new long[engine.Pipeline.Steps.Count + 3];
        var before = GC.GetAllocatedBytesForCurrentThread();
        long Lap()
        {
            var now = GC.GetAllocatedBytesForCurrentThread();
            var lap = now - before;
            before = now;
            return lap;
        }

        var parsed = reader.Read("piece.txt", input);
        allocated[0] = Lap();
        var context = new ExtractionContext(parsed.Document!, analyzer);
        allocated[1] = Lap();
        _ = context.Tokens;
        allocated[2] = Lap();
        for (var i = 0; i < engine.Pipeline.Steps.Count; i++)
        {
            engine.Pipeline.Steps[i].Run(context);
            allocated[3 + i] = Lap();
        }

        // as the engine does after each document: its word storage and the matchers' buffers go back for the next
        context.ReturnBuffers();
        return allocated;
    }

    private static long Allocated(CaseEngine engine, DocumentReader reader, ContextAnalyzer analyzer, byte[] input)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var parsed = reader.Read("concatenated.txt", input);
        var context = new ExtractionContext(parsed.Document!, analyzer);
        engine.Pipeline.Run(context);
        Assert.NotEmpty(context.Drugs);
        context.ReturnBuffers();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static byte[] Concatenate(List<byte[]> reports, int bytes)
    {
        using var output = new MemoryStream();
        for (var i = 0; output.Length < bytes; i++)
        {
            output.Write(reports[i % reports.Count]);
            output.Write("\n\n"u8);
        }

        return output.ToArray();
    }

    /// <summary>The corpus's plain-text case reports (cases-io and MACCROBAT), as bytes.</summary>
    private static List<byte[]> CaseReports() =>
        [.. Corpus.Files("cases-io", "*.txt").Concat(Corpus.Files("maccrobat", "*.txt"))
            .Where(p => !p.EndsWith("SOURCES.md", StringComparison.Ordinal))
            .Select(File.ReadAllBytes)];
}
