using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace CaseIngest.Core.Text;

/// <summary>Splits text into words: maximal runs of letters or digits. Everything else separates words.</summary>
public static class Tokenizer
{
    public static Token[] Tokenize(string text)
    {
        // Counted first (a vector pass over ASCII text) and collected into an array of the exact size, at every size:
        // the same two passes per character for a short text and a long one, so the cost per character does not
        // depend on the size of the document, and no scratch array of the bound (one word per two characters) is touched.
        var tokens = GC.AllocateUninitializedArray<Token>(Count(text));
        Fill(text, tokens);
        return tokens;
    }

    /// <summary>Writes the words of <paramref name="text"/> into <paramref name="tokens"/>, which holds exactly <see cref="Count"/> of them.</summary>
    internal static void Fill(string text, Span<Token> tokens)
    {
        var n = 0;
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

            tokens[n++] = new Token(start, i);
        }
    }

    /// <summary>
    /// The number of words: characters that are letters or digits after one that is not (or at the start). Blocks of
    /// ASCII are tested eight characters at a time, each against the character before it; a block with any other
    /// character is tested one character at a time with <see cref="char.IsLetterOrDigit(char)"/>.
    /// </summary>
    internal static int Count(string text)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        var count = char.IsLetterOrDigit(text[0]) ? 1 : 0;
        var i = 1;
        if (Vector128.IsHardwareAccelerated)
        {
            ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan()));
            var outsideAscii = Vector128.Create((ushort)0xFF80);
            for (; i + Vector128<ushort>.Count <= text.Length; i += Vector128<ushort>.Count)
            {
                var current = Vector128.LoadUnsafe(ref first, (nuint)i);
                var previous = Vector128.LoadUnsafe(ref first, (nuint)(i - 1));
                if (((current | previous) & outsideAscii) != Vector128<ushort>.Zero)
                {
                    count += CountOneByOne(text, i, i + Vector128<ushort>.Count);
                    continue;
                }

                var starts = AsciiLetterOrDigit(current) & ~AsciiLetterOrDigit(previous);
                count += BitOperations.PopCount(starts.ExtractMostSignificantBits());
            }
        }

        return count + CountOneByOne(text, i, text.Length);
    }

    private static int CountOneByOne(string text, int from, int to)
    {
        var count = 0;
        for (var i = from; i < to; i++)
        {
            if (char.IsLetterOrDigit(text[i]) && !char.IsLetterOrDigit(text[i - 1]))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>All bits set in the lanes that hold an ASCII digit or letter.</summary>
    private static Vector128<ushort> AsciiLetterOrDigit(Vector128<ushort> chars)
    {
        var digit = Vector128.LessThan(chars - Vector128.Create((ushort)'0'), Vector128.Create((ushort)10));
        var letter = Vector128.LessThan((chars | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)26));
        return digit | letter;
    }

    /// <summary>The words of a phrase, lower-cased: the form a <see cref="PhraseMatcher{T}"/> stores.</summary>
    public static string[] Words(string phrase)
    {
        var tokens = Tokenize(phrase);
        var words = new string[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            words[i] = phrase.Substring(tokens[i].Start, tokens[i].Length).ToLowerInvariant();
        }

        return words;
    }

    /// <summary>The index of the first token that starts at or after <paramref name="offset"/> (binary search).</summary>
    public static int FirstAtOrAfter(ReadOnlySpan<Token> tokens, int offset)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
