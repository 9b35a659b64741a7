using System.Text;

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
/// Linear in the text: its words are gathered once.
/// </summary>
internal static class HyphenatedWords
{
    public static string Join(string text)
    {
        HashSet<string>? words = null;
        StringBuilder? builder = null;
        var copied = 0;
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
            words ??= Words(text);

            // the two lines become one: the break and the indent go, and the hyphen too when the word is written whole elsewhere
            builder ??= new StringBuilder(text.Length);
            builder.Append(text, copied, at - copied);
            if (!words.Contains(joined))
            {
                builder.Append('-');
            }

            copied = tailStart;
        }

        return builder is null ? text : builder.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>The words of letters in <paramref name="text"/>, compared ignoring case.</summary>
    private static HashSet<string> Words(string text)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
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

            if (i - start >= 4)
            {
                lookup.Add(text.AsSpan(start, i - start));
            }
        }

        return words;
    }
}
