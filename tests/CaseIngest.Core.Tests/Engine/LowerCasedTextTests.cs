using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Tests.Engine;

public sealed class LowerCasedTextTests
{
    [Fact]
    public void ALargeDocumentIsLoweredOnceWhileShortPhrasesAreLoweredBetween()
    {
        var document = TokenListTests.LongText(300_000);
        Assert.True(document.Length > 1 << 20);
        try
        {
            ref var first = ref MemoryMarshal.GetReference(LowerCasedText.Of(document));

            Assert.Equal("pembrolizumab and nivolumab", LowerCasedText.Of("Pembrolizumab and Nivolumab").ToString());
            var again = LowerCasedText.Of(document);

            Assert.True(Unsafe.AreSame(ref first, ref MemoryMarshal.GetReference(again)), "the document was lowered again after a short phrase");
            Assert.True(again.SequenceEqual(document.ToLowerInvariant()));
        }
        finally
        {
            LowerCasedText.Release();
        }
    }
}
