using System.Text;
using System.Xml.Linq;

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

        var builder = new StringBuilder();
        foreach (var node in element.DescendantNodes())
        {
            if (node is XText text)
            {
                InlineText.Append(builder, text.Value);
            }
        }

        return builder.ToString().Trim();
    }

    /// <summary>Text of <paramref name="element"/> leaving out the subtrees of the elements <paramref name="skip"/> selects.</summary>
    public static string Of(XElement element, Func<XElement, bool> skip)
    {
        var builder = new StringBuilder();
        var node = element.FirstNode;
        while (node is not null)
        {
            if (node is XText text)
            {
                InlineText.Append(builder, text.Value);
            }
            else if (node is XElement child && !skip(child) && child.FirstNode is { } first)
            {
                node = first;
                continue;
            }

            while (node is not null && node.NextNode is null)
            {
                var parent = node.Parent;
                node = parent == element ? null : parent;
            }

            node = node?.NextNode;
        }

        return builder.ToString().Trim();
    }

    public static string? OrNull(XElement? element)
    {
        var text = Of(element);
        return text.Length == 0 ? null : text;
    }

    /// <summary>The first child element with this local name, whatever its namespace.</summary>
    public static XElement? Child(this XElement? element, string name) =>
        element?.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    public static IEnumerable<XElement> Children(this XElement? element, string name) =>
        element?.Elements().Where(e => e.Name.LocalName == name) ?? [];

    public static IEnumerable<XElement> Below(this XElement? element, string name) =>
        element?.Descendants().Where(e => e.Name.LocalName == name) ?? [];

    public static string? Attr(this XElement element, string name) => element.Attribute(name)?.Value;
}
