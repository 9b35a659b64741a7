using System.Text;
using CaseIngest.Core.Extraction;
using CaseIngest.Core.Extraction.Context;
using CaseIngest.Core.Parsing;
using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Engine;

/// <summary>
/// A run of large documents reuses one document's word storage for the next instead of allocating it again, which
/// keeps the cost per byte of the tokens step from growing with the size of the document. Counted in bytes
/// allocated, not timed; run alone so no other test takes the kept arrays meanwhile.
/// </summary>
[Collection(ThreadMemoryTests.Alone)]
public sealed class LargeDocumentStorageTests
{
    [Fact]
    public void ASecondLargeDocumentTakesItsWordsStorageFromTheFirst()
    {
        var reader = DocumentReader.CreateDefault(64L * 1024 * 1024);
        var analyzer = ContextAnalyzer.LoadDefault();
        var input = Encoding.UTF8.GetBytes(TokenListTests.LongText(400_000));
        _ = TokensAllocated(reader, analyzer, input);

        var second = TokensAllocated(reader, analyzer, input);

        Assert.True(second < 4096, $"the second document's words allocated {second} bytes");
    }

    [Fact]
    public void TheEngineGivesALargeDocumentsStorageBackWhenItIsDone()
    {
        var input = Encoding.UTF8.GetBytes(TokenListTests.LongText(400_000));
        _ = Engines.Default.Process("first.txt", input);
        var reader = DocumentReader.CreateDefault(64L * 1024 * 1024);
        var context = new ExtractionContext(reader.Read("second.txt", input).Document!, ContextAnalyzer.LoadDefault());

        var before = GC.GetAllocatedBytesForCurrentThread();
        _ = context.Tokens;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        context.ReturnBuffers();
        Assert.True(allocated < 4096, $"the words of a document after one the engine read allocated {allocated} bytes");
    }

    private static long TokensAllocated(DocumentReader reader, ContextAnalyzer analyzer, byte[] input)
    {
        var context = new ExtractionContext(reader.Read("large.txt", input).Document!, analyzer);
        var before = GC.GetAllocatedBytesForCurrentThread();
        _ = context.Tokens;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(context.Tokens.Length >= 400_000);
        context.ReturnBuffers();
        return allocated;
    }
}
