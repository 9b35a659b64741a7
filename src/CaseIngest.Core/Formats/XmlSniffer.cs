namespace CaseIngest.Core.Formats;

/// <summary>Cheap look at the start of a document: is it XML, and what is its root element?</summary>
internal static class XmlSniffer
{
    internal const int Window = 4096;

    public static bool LooksLikeMarkup(string text)
    {
        var start = SkipWhitespace(text);
        return start < text.Length && text[start] == '<';
    }

    /// <summary>The local name of the first element after the prolog (declaration, comments, DOCTYPE), or null.</summary>
    public static string? RootName(string text)
    {
        TryRootName(text, complete: true, out var root);
        return root;
    }

    /// <summary>
    /// <see cref="RootName(string)"/> over <paramref name="text"/>; when it is only the head of a document
    /// (<paramref name="complete"/> false), false where the answer depends on what follows the head.
    /// </summary>
    internal static bool TryRootName(ReadOnlySpan<char> text, bool complete, out string? root)
    {
        root = null;
        var i = SkipWhitespace(text);
        if (i >= text.Length)
        {
            return complete;
        }

        var limit = Math.Min(text.Length, Window);
        while (i < limit)
        {
            if (text[i] != '<')
            {
                return true;
            }

            if (i + 1 >= text.Length && !complete)
            {
                return false;
            }

            if (i + 1 < text.Length && text[i + 1] is '?' or '!')
            {
                var end = IndexOf(text, '>', i);
                if (end < 0)
                {
                    return complete;
                }

                if (text[i..].StartsWith("<!--"))
                {
                    end = IndexOf(text, "-->", i);
                    if (end < 0)
                    {
                        return complete;
                    }

                    end += 2;
                }
                else if (text[i..].StartsWith("<!DOCTYPE", StringComparison.OrdinalIgnoreCase))
                {
                    var subset = IndexOf(text, '[', i);
                    if (subset >= 0 && subset < end)
                    {
                        var close = IndexOf(text, "]>", subset);
                        if (close < 0 && !complete)
                        {
                            return false;
                        }

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

            if (nameEnd == text.Length && !complete)
            {
                return false;
            }

            var name = text[nameStart..nameEnd];
            var colon = name.IndexOf(':');
            root = colon >= 0 ? name[(colon + 1)..].ToString() : name.ToString();
            return true;
        }

        return true;
    }

    /// <summary>True when the text starts (after prolog, comments and DOCTYPE) with an element: XML or HTML, not text.</summary>
    public static bool StartsWithElement(string text) => RootName(text) is { Length: > 0 } name && char.IsLetter(name[0]);

    public static bool RootIs(string text, params string[] names)
    {
        var root = RootName(text);
        return root is not null && names.Contains(root, StringComparer.Ordinal);
    }

    private static int IndexOf(ReadOnlySpan<char> text, char value, int from)
    {
        var at = text[from..].IndexOf(value);
        return at < 0 ? -1 : at + from;
    }

    private static int IndexOf(ReadOnlySpan<char> text, string value, int from)
    {
        var at = text[from..].IndexOf(value, StringComparison.Ordinal);
        return at < 0 ? -1 : at + from;
    }

    private static int SkipWhitespace(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] == '\uFEFF'))
        {
            i++;
        }

        return i;
    }
}
