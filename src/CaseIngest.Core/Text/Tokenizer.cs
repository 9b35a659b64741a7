using System.Buffers;

namespace CaseIngest.Core.Text;

/// <summary>Splits text into words: maximal runs of letters or digits. Everything else separates words.</summary>
public static class Tokenizer
{
    /// <summary>Scratch space of the thread for the tokens of one text, copied out at the exact size.</summary>
    [ThreadStatic]
    private static Token[]? _scratch;

    private const int MaxScratchLength = 1 << 18;

    /// <summary>Phrases and short lines are split character by character; the vectorized searches pay off on longer text.</summary>
    private const int ShortText = 256;

    private static readonly SearchValues<char> AsciiLettersAndDigits =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");

    /// <summary>The ASCII characters that are neither letters nor digits.</summary>
    private static readonly SearchValues<char> AsciiSeparators = SearchValues.Create(AsciiNonAlphanumerics());

    public static Token[] Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // at most one word per two characters (a word and its separator), so the scratch array never overflows
        var bound = (text.Length + 1) / 2;
        var scratch = _scratch is { } kept && kept.Length >= bound ? kept : new Token[Math.Max(bound, 256)];
        var n = 0;
        var i = 0;
        var span = text.AsSpan();
        if (span.Length < ShortText)
        {
            return TokenizeShort(span, scratch);
        }

        while (i < span.Length)
        {
            // separators: ASCII ones skipped at once, any other character tested on its own
            var next = span[i..].IndexOfAnyExcept(AsciiSeparators);
            if (next < 0)
            {
                break;
            }

            i += next;
            if (!char.IsLetterOrDigit(span[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (true)
            {
                var end = span[i..].IndexOfAnyExcept(AsciiLettersAndDigits);
                if (end < 0)
                {
                    i = span.Length;
                    break;
                }

                i += end;
                if (!char.IsLetterOrDigit(span[i]))
                {
                    break;
                }

                i++;
            }

            scratch[n++] = new Token(start, i);
        }

        if (scratch.Length <= MaxScratchLength)
        {
            _scratch = scratch;
        }

        return scratch.AsSpan(0, n).ToArray();
    }

    private static string AsciiNonAlphanumerics()
    {
        Span<char> separators = stackalloc char[128];
        var n = 0;
        for (var c = '\0'; c < 128; c++)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                separators[n++] = c;
            }
        }

        return separators[..n].ToString();
    }

    private static Token[] TokenizeShort(ReadOnlySpan<char> text, Token[] scratch)
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

            scratch[n++] = new Token(start, i);
        }

        _scratch = scratch;
        return scratch.AsSpan(0, n).ToArray();
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
    public static int FirstAtOrAfter(Token[] tokens, int offset)
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
