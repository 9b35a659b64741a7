using CaseIngest.Core.Text;

namespace CaseIngest.Core.Tests.Engine;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("PD-L1 TPS was 80%.")]
    [InlineData("Sjögren’s syndrome, Ménétrier disease")]
    [InlineData("dose 5 µg/kg — 2×/day")]
    [InlineData("ένας ασθενής 45 ετών")]
    [InlineData("a\u00A0b\u2009c")]
    [InlineData("x")]
    [InlineData("ÄÖÜ")]
    [InlineData("end with letterß")]
    public void WordsAreTheMaximalRunsOfLettersAndDigits(string text)
    {
        Assert.Equal(RunsOfLettersAndDigits(text), Tokenizer.Tokenize(text));
    }

    [Fact]
    public void LongTextSplitsLikeShortText()
    {
        var text = string.Concat(Enumerable.Repeat("Sjögren’s syndrome (SS) in a 45-year-old: ένας ασθενής, 5 µg/kg; ", 20)) + "endß";
        Assert.True(text.Length > 1000);
        Assert.Equal(RunsOfLettersAndDigits(text), Tokenizer.Tokenize(text));
    }

    [Fact]
    public void TextOfAsciiAndOtherLettersMixedAtEveryOffsetSplitsIntoTheRunsOfLettersAndDigits()
    {
        // blocks of eight characters are counted at once when they are ASCII: words that cross a block's edge,
        // and blocks with one character outside ASCII, at every length and offset
        const string Alphabet = "aZ09 .,-(\n\té’ßΩ\u00A0\u2009µ";
        var random = new Random(20_241_204);
        for (var length = 0; length < 300; length++)
        {
            var chars = new char[length];
            for (var i = 0; i < length; i++)
            {
                chars[i] = random.Next(4) == 0 ? Alphabet[random.Next(Alphabet.Length)] : Alphabet[random.Next(4)];
            }

            var text = new string(chars);
            Assert.Equal(RunsOfLettersAndDigits(text), Tokenizer.Tokenize(text));
        }
    }

    [Fact]
    public void TokenizingALargeTextAllocatesTheTokenArrayAndNothingElse()
    {
        var text = string.Concat(Enumerable.Repeat("a b c d e f g h 12 ", 200_000));
        _ = Tokenizer.Tokenize(text);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var tokens = Tokenizer.Tokenize(text);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(1_800_000, tokens.Length);
        var exact = (long)tokens.Length * System.Runtime.CompilerServices.Unsafe.SizeOf<Token>();
        Assert.True(allocated <= exact + 4096, $"{allocated} bytes allocated for a token array of {exact} bytes");
    }

    private static Token[] RunsOfLettersAndDigits(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            tokens.Add(new Token(start, i));
        }

        return [.. tokens];
    }
}
