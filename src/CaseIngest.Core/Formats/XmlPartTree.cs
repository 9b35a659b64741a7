using System.Xml;
using System.Xml.Linq;

namespace CaseIngest.Core.Formats;

/// <summary>
/// The parts of an XML format a forward read builds: the part a child element plays inside its parent, whether a part
/// is text (every node inside it kept), and which attributes an element keeps.
/// </summary>
internal interface IXmlParts<TRole>
    where TRole : struct
{
    /// <summary>The part a child named <paramref name="name"/> plays inside a parent playing <paramref name="parent"/>; false when it plays none.</summary>
    static abstract bool TryPart(TRole parent, string name, out TRole child);

    /// <summary>Whether an element playing <paramref name="role"/> is read as text, with every node inside it.</summary>
    static abstract bool IsText(TRole role);

    /// <summary>Whether the attribute <paramref name="reader"/> is on is kept on a child playing <paramref name="child"/> inside <paramref name="parent"/>.</summary>
    static abstract bool Keeps(XmlReader reader, TRole parent, TRole child);
}

/// <summary>
/// Builds, in one forward pass of an <see cref="XmlReader"/>, the tree of an element of only the elements that play a
/// part (<see cref="IXmlParts{TRole}"/>), named as a tree load names them; everything else is read past node by node
/// without a string made of it, so malformed markup and excessive depth anywhere are still found.
/// </summary>
internal static class XmlPartTree
{
    /// <summary>The element the reader is on, playing <paramref name="role"/>, as a tree of its parts; the reader is left on its end.</summary>
    public static XElement Read<TRole, TParts>(XmlReader reader, TRole role)
        where TRole : struct
        where TParts : IXmlParts<TRole>
    {
        var root = NewElement<TRole, TParts>(reader, default, role, out var empty);
        if (empty)
        {
            return root;
        }

        var depth = reader.Depth;
        var open = new List<(XElement Element, TRole Role, bool Text)> { (root, role, TParts.IsText(role)) };
        while (reader.Read())
        {
            var (parent, parentRole, text) = open[^1];
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    if (!TParts.TryPart(parentRole, reader.LocalName, out var childRole))
                    {
                        SkipElement(reader);
                        break;
                    }

                    var child = NewElement<TRole, TParts>(reader, parentRole, childRole, out var childEmpty);
                    parent.Add(child);
                    if (!childEmpty)
                    {
                        open.Add((child, childRole, TParts.IsText(childRole)));
                    }

                    break;
                case XmlNodeType.EndElement:
                    if (reader.Depth == depth)
                    {
                        return root;
                    }

                    open.RemoveAt(open.Count - 1);
                    break;
                case XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace when text:
                    // as a tree load adds text: joined to the text before it
                    parent.Add(reader.Value);
                    break;
                case XmlNodeType.CDATA when text:
                    parent.Add(new XCData(reader.Value));
                    break;
            }
        }

        return root;
    }

    /// <summary>The element the reader is on with the attributes its part keeps, named as a tree load names them.</summary>
    private static XElement NewElement<TRole, TParts>(XmlReader reader, TRole parent, TRole role, out bool empty)
        where TRole : struct
        where TParts : IXmlParts<TRole>
    {
        empty = reader.IsEmptyElement;
        var element = new XElement(XNamespace.Get(reader.NamespaceURI).GetName(reader.LocalName));
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                if (TParts.Keeps(reader, parent, role))
                {
                    var ns = reader.Prefix.Length == 0 ? XNamespace.None : XNamespace.Get(reader.NamespaceURI);
                    element.Add(new XAttribute(ns.GetName(reader.LocalName), reader.Value));
                }
            }
            while (reader.MoveToNextAttribute());
            reader.MoveToElement();
        }

        return element;
    }

    /// <summary>Reads past the element the reader is on, node by node, to its end.</summary>
    private static void SkipElement(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            return;
        }

        var depth = reader.Depth;
        while (reader.Read() && (reader.NodeType != XmlNodeType.EndElement || reader.Depth != depth))
        {
        }
    }
}
