using System.Text;
using System.Xml.Linq;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Formats;

/// <summary>Text of XML elements with inner markup flattened and white space collapsed; iterative, so depth cannot overflow the stack.</summary>
internal static class XmlText
{
    public static string Of(XElement? element)
    {
        if (element is null)
        {
            return string.Empty;
        }

        // An element holding text alone (a name, an identifier, a year) is most often already as it reads: then its
        // own string is the text, with no copy and without its content made a text node to walk.
        if (!element.HasElements && element.Value is var value && ReadsAsWritten(value))
        {
            return value;
        }

        return TextBuilderCache.ToTrimmedStringAndRelease(Build(element));
    }

    /// <summary>
    /// Whether <see cref="Build(XElement)"/> of text alone, trimmed, is <paramref name="text"/> itself: no white space
    /// but single spaces between other characters, and no character with another plain spelling.
    /// </summary>
    internal static bool ReadsAsWritten(string text)
    {
        var span = text.AsSpan();
        if (span.IndexOfAnyExceptInRange('!', '~') < 0)
        {
            return true;
        }

        if (span[0] == ' ' || span[^1] == ' ' || CharacterVariants.Any(span))
        {
            return false;
        }

        for (var i = 1; i < span.Length - 1; i++)
        {
            var c = span[i];
            if (c == ' ' ? span[i - 1] == ' ' : char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return !char.IsWhiteSpace(span[0]) && !char.IsWhiteSpace(span[^1]);
    }

    /// <summary>
    /// As <see cref="Of(XElement?)"/>, untrimmed, in a builder of <see cref="TextBuilderCache"/> the caller gives back
    /// (<see cref="TextAssembler"/> appends it without making a string of it).
    /// </summary>
    public static StringBuilder Build(XElement element)
    {
        // The descendant text nodes in document order, walked without an enumerator.
        var builder = TextBuilderCache.Acquire();
        var node = element.FirstNode;
        while (node is not null)
        {
            if (node is XText text)
            {
                InlineText.Append(builder, text.Value);
            }
            else if (node is XElement { FirstNode: { } first })
            {
                node = first;
                continue;
            }

            node = NextOutside(node, element);
        }

        return builder;
    }

    /// <summary>
    /// Text of <paramref name="element"/> leaving out the subtrees <paramref name="skip"/> selects; elements that
    /// <paramref name="separate"/> selects are kept apart from their neighbours by a space.
    /// </summary>
    public static string Of(XElement element, Func<XElement, bool> skip, Func<XElement, bool>? separate = null) =>
        TextBuilderCache.ToTrimmedStringAndRelease(Build(element, skip, separate));

    /// <summary>As <see cref="Of(XElement, Func{XElement, bool}, Func{XElement, bool}?)"/>, untrimmed, in a builder as <see cref="Build(XElement)"/>.</summary>
    public static StringBuilder Build(XElement element, Func<XElement, bool> skip, Func<XElement, bool>? separate = null)
    {
        var builder = TextBuilderCache.Acquire();
        var node = element.FirstNode;
        while (node is not null)
        {
            if (node is XText text)
            {
                InlineText.Append(builder, text.Value);
            }
            else if (node is XElement child && !skip(child))
            {
                if (separate?.Invoke(child) == true)
                {
                    InlineText.Append(builder, " ");
                }

                if (child.FirstNode is { } first)
                {
                    node = first;
                    continue;
                }
            }

            while (node is not null && node.NextNode is null)
            {
                var parent = node.Parent;
                node = parent == element ? null : parent;
                if (node is XElement closed && separate?.Invoke(closed) == true)
                {
                    InlineText.Append(builder, " ");
                }
            }

            if (node is XElement sibling && separate?.Invoke(sibling) == true)
            {
                InlineText.Append(builder, " ");
            }

            node = node?.NextNode;
        }

        return builder;
    }

    /// <summary>
    /// The first <paramref name="length"/> characters of <see cref="XElement.Value"/> (all of it when shorter), without
    /// building the rest: the text nodes below the element in document order, unchanged.
    /// </summary>
    public static string ValueStart(XElement element, int length)
    {
        if (!element.HasElements)
        {
            var value = element.Value;
            return value.Length > length ? value[..length] : value;
        }

        var builder = TextBuilderCache.Acquire();
        var node = element.FirstNode;
        while (node is not null && builder.Length < length)
        {
            if (node is XText text)
            {
                builder.Append(text.Value);
            }
            else if (node is XElement child)
            {
                // a leaf's value is read as stored, without making a text node of it
                if (!child.HasElements)
                {
                    builder.Append(child.Value);
                }
                else if (child.FirstNode is { } first)
                {
                    node = first;
                    continue;
                }
            }

            node = NextOutside(node, element);
        }

        return TextBuilderCache.ToStringAndRelease(builder, length);
    }

    public static string? OrNull(XElement? element)
    {
        var text = Of(element);
        return text.Length == 0 ? null : text;
    }

    /// <summary>The first child element with this local name, whatever its namespace.</summary>
    public static XElement? Child(this XElement? element, string name)
    {
        for (var node = element?.FirstNode; node is not null; node = node.NextNode)
        {
            if (node is XElement child && child.Name.LocalName == name)
            {
                return child;
            }
        }

        return null;
    }

    public static IEnumerable<XElement> Children(this XElement? element, string name)
    {
        for (var node = element?.FirstNode; node is not null; node = node.NextNode)
        {
            if (node is XElement child && child.Name.LocalName == name)
            {
                yield return child;
            }
        }
    }

    public static IEnumerable<XElement> Below(this XElement? element, string name) =>
        element?.Descendants().Where(e => e.Name.LocalName == name) ?? [];

    /// <summary>As <c>Descendants().Any(predicate)</c>, walking the tree without an enumerator.</summary>
    public static bool AnyBelow(this XElement element, Func<XElement, bool> predicate)
    {
        var node = element.FirstNode;
        while (node is not null)
        {
            if (node is XElement child)
            {
                if (predicate(child))
                {
                    return true;
                }

                if (child.FirstNode is { } first)
                {
                    node = first;
                    continue;
                }
            }

            node = NextOutside(node, element);
        }

        return false;
    }

    public static string? Attr(this XElement element, string name) => element.Attribute(name)?.Value;

    /// <summary>The node after <paramref name="node"/> and its subtree in document order, within <paramref name="root"/>; null at the end.</summary>
    private static XNode? NextOutside(XNode node, XElement root)
    {
        XNode? current = node;
        while (current is not null && current.NextNode is null)
        {
            var parent = current.Parent;
            current = parent == root ? null : parent;
        }

        return current?.NextNode;
    }
}
