namespace CaseIngest.Core.Formats;

/// <summary>
/// Where a plain text's title is: its first non-empty line when that is short enough to be a title, or, when the
/// first line is a journal's section label ("Clinical Topics &amp; News", "Images in Oncology") over a longer
/// title-shaped line, the second line.
/// </summary>
internal static class TitleLines
{
    private const int MaxTitleLength = 300;
    private const int MaxLabelWords = 5;
    private const int MinTitleWords = 4;

    /// <summary>The title line's range and the end of the title block (label included), or null when there is no title.</summary>
    public static (int Start, int End, int BlockEnd)? Find(string text)
    {
        var first = NextLine(text, 0);
        if (first is not { } one || !TitleShaped(text.AsSpan(one.Start, one.End - one.Start)))
        {
            return null;
        }

        var firstLine = text.AsSpan(one.Start, one.End - one.Start);
        if (IsLabel(firstLine) && NextLine(text, one.End + 1) is { } two)
        {
            var second = text.AsSpan(two.Start, two.End - two.Start);
            if (TitleShaped(second) && Words(second) >= Math.Max(MinTitleWords, Words(firstLine) + 2) && char.IsUpper(second[0])
                && AuthorLine.Split(second.ToString()).Count == 0)
            {
                return (two.Start, two.End, two.LineEnd);
            }
        }

        return (one.Start, one.End, one.LineEnd);
    }

    private static bool TitleShaped(ReadOnlySpan<char> line) =>
        line.Length is > 0 and <= MaxTitleLength && !line.EndsWith('.') && Sectioner.Classify(line) is null;

    /// <summary>A few capitalised words: "Clinical Topics &amp; News", "Original Research", "Case in Point".</summary>
    private static bool IsLabel(ReadOnlySpan<char> line)
    {
        var words = 0;
        var capitalised = 0;
        foreach (var range in line.Split(' '))
        {
            var word = line[range].Trim();
            if (word.IsEmpty)
            {
                continue;
            }

            words++;
            if (char.IsUpper(word[0]) || word is "&")
            {
                capitalised++;
            }
            else if (!char.IsLetter(word[0]))
            {
                return false;
            }
        }

        return words is > 0 and <= MaxLabelWords && line.Length <= 50 && capitalised * 2 > words;
    }

    private static int Words(ReadOnlySpan<char> line)
    {
        var words = 0;
        foreach (var range in line.Split(' '))
        {
            if (!line[range].Trim().IsEmpty)
            {
                words++;
            }
        }

        return words;
    }

    /// <summary>The next non-empty line from <paramref name="from"/>, trimmed; null at the end of the text.</summary>
    private static (int Start, int End, int LineEnd)? NextLine(string text, int from)
    {
        var start = from;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                // a title needs a line of text after it
                return null;
            }

            var line = text.AsSpan(start, end - start);
            var lead = line.Length - line.TrimStart().Length;
            var trimmed = line.Trim();
            if (!trimmed.IsEmpty)
            {
                return (start + lead, start + lead + trimmed.Length, end);
            }

            start = end + 1;
        }

        return null;
    }
}
