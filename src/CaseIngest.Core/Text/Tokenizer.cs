namespace CaseIngest.Core.Text;

/// <summary>Splits text into words: maximal runs of letters or digits. Everything else separates words.</summary>
public static class Tokenizer
{
    public static Token[] Tokenize(string text)
    {
        // At most one word per two characters. A short text is collected in a pooled scratch array of that bound and
        // copied at the exact size; a long one is counted first and collected straight into an array of the exact size,
        // since a scratch array of the bound would be fresh memory, and touching it costs more than a second pass.
        var bound = (text.Length + 1) / 2;
        var pooled = bound <= ScratchArrays.MaxPooledLength;
        var tokens = pooled ? ScratchArrays.Rent<Token>(bound) : new Token[Count(text)];
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

        if (!pooled)
        {
            return tokens;
        }

        var words = tokens.AsSpan(0, n).ToArray();
        ScratchArrays.Return(tokens);
        return words;
    }

    private static int Count(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
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
