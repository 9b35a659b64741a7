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
/// </summary>
public sealed class LinearCostTests
{
    [Fact]
    public void AllocationPerInputByteAtFourTimesTheTextStaysWithinAThirdMore()
    {
        var reports = Corpus.Files("cases-io", "*.txt").Concat(Corpus.Files("maccrobat", "*.txt"))
            .Where(p => !p.EndsWith("SOURCES.md", StringComparison.Ordinal))
            .Select(File.ReadAllBytes)
            .ToList();
        var engine = Engines.Default;
        var reader = DocumentReader.CreateDefault(64L * 1024 * 1024);
        var analyzer = ContextAnalyzer.LoadDefault();
        var small = Concatenate(reports, 1024 * 1024);
        var large = Concatenate(reports, 4 * 1024 * 1024);
        _ = Allocated(engine, reader, analyzer, small);

        var perByteSmall = (double)Allocated(engine, reader, analyzer, small) / small.Length;
        var perByteLarge = (double)Allocated(engine, reader, analyzer, large) / large.Length;

        Assert.True(perByteSmall > 0);
        Assert.True(perByteLarge <= 1.3 * perByteSmall, $"{perByteLarge:F2} bytes allocated per input byte at 4 MB against {perByteSmall:F2} at 1 MB");
    }

    private static long Allocated(CaseEngine engine, DocumentReader reader, ContextAnalyzer analyzer, byte[] input)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var parsed = reader.Read("concatenated.txt", input);
        var context = new ExtractionContext(parsed.Document!, analyzer);
        engine.Pipeline.Run(context);
        Assert.NotEmpty(context.Drugs);
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
}
