namespace CaseIngest.Core.Formats;

/// <summary>
/// Words a PDF conversion hyphenated across a line break, joined without the hyphen when the text writes the whole
/// word elsewhere, with it otherwise (a compound):
/// <list type="table">
/// <item><term>"pembroli-\nzumab 200 mg" (and "pembrolizumab" elsewhere)</term><description>"pembrolizumab 200 mg" on one line</description></item>
/// <item><term>"4 cy-\ncles" (and "cycles" elsewhere)</term><description>"4 cycles"</description></item>
/// <item><term>"well-\ndifferentiated" ("welldifferentiated" nowhere)</term><description>"well-differentiated"</description></item>
/// <item><term>"PD-\nL1"</term><description>kept as written: the part after the break is no lower-case word</description></item>
/// </list>
/// Linear in the text: its words are read once, and only the joined words are kept.
/// </summary>
internal static class HyphenatedWords
{
    public static string Join(string text)
    {
        var breaks = Breaks(text);
        if (breaks is null)
        {
            return text;
        }

        var whole = WordsWrittenWhole(text, breaks);
        var length = text.Length;
        foreach (var hyphenated in breaks)
        {
            length -= hyphenated.TailStart - hyphenated.At - (whole.Contains(hyphenated.Joined) ? 0 : 1);
        }

        // the two lines become one: the break and the indent go, and the hyphen too when the word is written whole elsewhere
        return string.Create(length, (text, breaks, whole), static (chars, state) =>
        {
            var (source, breaks, whole) = state;
            var copied = 0;
            foreach (var hyphenated in breaks)
            {
                source.AsSpan(copied, hyphenated.At - copied).CopyTo(chars);
                chars = chars[(hyphenated.At - copied)..];
                if (!whole.Contains(hyphenated.Joined))
                {
                    chars[0] = '-';
                    chars = chars[1..];
                }

                copied = hyphenated.TailStart;
            }

            source.AsSpan(copied).CopyTo(chars);
        });
    }

    /// <summary>The words broken by a hyphen and a line break ("pembroli-\nzumab"), with the word they join to; null when none.</summary>
    private static List<HyphenatedBreak>? Breaks(string text)
    {
        List<HyphenatedBreak>? breaks = null;
        for (var at = text.IndexOf("-\n", StringComparison.Ordinal); at >= 0; at = text.IndexOf("-\n", at + 2, StringComparison.Ordinal))
        {
            var head = at;
            while (head > 0 && char.IsLetter(text[head - 1]))
            {
                head--;
            }

            var tailStart = at + 2;
            while (tailStart < text.Length && text[tailStart] is ' ' or '\t')
            {
                tailStart++;
            }

            var tail = tailStart;
            while (tail < text.Length && char.IsLower(text[tail]))
            {
                tail++;
            }

            if (at - head < 2 || tail - tailStart < 2 || !char.IsLower(text[at - 1]) || (tail < text.Length && char.IsLetterOrDigit(text[tail])))
            {
                continue;
            }

            var joined = string.Concat(text.AsSpan(head, at - head), text.AsSpan(tailStart, tail - tailStart));
            (breaks ??= []).Add(new HyphenatedBreak(at, tailStart, joined));
        }

        return breaks;
    }

    /// <summary>The joined words of <paramref name="breaks"/> that <paramref name="text"/> writes whole as a word of letters, compared ignoring case.</summary>
    private static HashSet<string> WordsWrittenWhole(string text, List<HyphenatedBreak> breaks)
    {
        var sought = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var shortest = int.MaxValue;
        var longest = 0;
        foreach (var hyphenated in breaks)
        {
            sought.Add(hyphenated.Joined);
            shortest = Math.Min(shortest, hyphenated.Joined.Length);
            longest = Math.Max(longest, hyphenated.Joined.Length);
        }

        var lookup = sought.GetAlternateLookup<ReadOnlySpan<char>>();
        var whole = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            if (i - start >= shortest && i - start <= longest && lookup.TryGetValue(text.AsSpan(start, i - start), out var word))
            {
                whole.Add(word);
            }
        }

        return whole;
    }
}
