using System.Xml;

namespace CaseIngest.Core.Formats;

/// <summary>
/// Passes an XML reader's nodes through while checking their depth, so an over-deep document is refused in the
/// same single read that builds its tree or reads what it needs.
/// </summary>
internal sealed class GuardedXmlReader(XmlReader inner, int maxDepth) : XmlReader
{
    /// <summary>True once the document nested elements deeper than the limit; the read then stopped.</summary>
    public bool TooDeep { get; private set; }

    public override int AttributeCount => inner.AttributeCount;

    public override string BaseURI => inner.BaseURI;

    public override int Depth => inner.Depth;

    public override bool EOF => TooDeep || inner.EOF;

    public override bool IsEmptyElement => inner.IsEmptyElement;

    public override string LocalName => inner.LocalName;

    public override string Name => inner.Name;

    public override string NamespaceURI => inner.NamespaceURI;

    public override XmlNameTable NameTable => inner.NameTable;

    public override XmlNodeType NodeType => TooDeep ? XmlNodeType.None : inner.NodeType;

    public override string Prefix => inner.Prefix;

    public override ReadState ReadState => TooDeep ? ReadState.EndOfFile : inner.ReadState;

    public override string Value => inner.Value;

    public override bool HasValue => inner.HasValue;

    public override bool CanResolveEntity => inner.CanResolveEntity;

    public override string GetAttribute(int i) => inner.GetAttribute(i);

    public override string? GetAttribute(string name) => inner.GetAttribute(name);

    public override string? GetAttribute(string name, string? namespaceURI) => inner.GetAttribute(name, namespaceURI);

    public override string? LookupNamespace(string prefix) => inner.LookupNamespace(prefix);

    public override bool MoveToAttribute(string name) => inner.MoveToAttribute(name);

    public override bool MoveToAttribute(string name, string? ns) => inner.MoveToAttribute(name, ns);

    public override bool MoveToElement() => inner.MoveToElement();

    public override bool MoveToFirstAttribute() => inner.MoveToFirstAttribute();

    public override bool MoveToNextAttribute() => inner.MoveToNextAttribute();

    public override bool ReadAttributeValue() => inner.ReadAttributeValue();

    public override void ResolveEntity() => inner.ResolveEntity();

    public override bool Read()
    {
        if (TooDeep || !inner.Read())
        {
            return false;
        }

        if (inner.Depth > maxDepth)
        {
            TooDeep = true;
            return false;
        }

        return true;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
