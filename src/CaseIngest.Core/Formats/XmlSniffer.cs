namespace CaseIngest.Core.Formats;

/// <summary>Cheap look at the start of a document: is it XML, and what is its root element?</summary>
internal static class XmlSniffer
{
    private const int Window = 4096;

    public static bool LooksLikeMarkup(string text)
    {
        var start = SkipWhitespace(text);
        return start < text.Length && text[start] == '<';
    }

    /// <summary>The local name of the first element after the prolog (declaration, comments, DOCTYPE), or null.</summary>
    public static string? RootName(string text)
    {
        var i = SkipWhitespace(text);
        var limit = Math.Min(text.Length, Window);
        while (i < limit)
        {
            if (text[i] != '<')
            {
                return null;
            }

            if (i + 1 < text.Length && text[i + 1] is '?' or '!')
            {
                var end = text.IndexOf('>', i);
                if (end < 0)
                {
                    return null;
                }

                if (text.AsSpan(i).StartsWith("<!--"))
                {
                    end = text.IndexOf("-->", i, StringComparison.Ordinal);
                    if (end < 0)
                    {
                        return null;
                    }

                    end += 2;
                }
                else if (text.AsSpan(i).StartsWith("<!DOCTYPE", StringComparison.OrdinalIgnoreCase))
                {
                    var subset = text.IndexOf('[', i);
                    if (subset >= 0 && subset < end)
                    {
                        var close = text.IndexOf("]>", subset, StringComparison.Ordinal);
                        end = close < 0 ? text.Length - 1 : close + 1;
                    }
                }

                i = end + 1;
                while (i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                continue;
            }

            var nameStart = i + 1;
            var nameEnd = nameStart;
            while (nameEnd < text.Length && !char.IsWhiteSpace(text[nameEnd]) && text[nameEnd] is not ('>' or '/'))
            {
                nameEnd++;
            }

            var name = text[nameStart..nameEnd];
            var colon = name.IndexOf(':');
            return colon >= 0 ? name[(colon + 1)..] : name;
        }

        return null;
    }

    /// <summary>True when the text starts (after prolog, comments and DOCTYPE) with an element: XML or HTML, not text.</summary>
    public static bool StartsWithElement(string text) => RootName(text) is { Length: > 0 } name && char.IsLetter(name[0]);

    public static bool RootIs(string text, params string[] names)
    {
        var root = RootName(text);
        return root is not null && names.Contains(root, StringComparer.Ordinal);
    }

    private static int SkipWhitespace(string text)
    {
        var i = 0;
        while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] == '\uFEFF'))
        {
            i++;
        }

        return i;
    }
}
