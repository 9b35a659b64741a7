using CaseIngest.Core.Model;
using CaseIngest.Core.Parsing;

namespace CaseIngest.Core.Formats;

/// <summary>
/// XML that no other parser claimed. Hostile or broken XML (entity declarations, truncation) is reported as
/// <c>malformed-xml</c>; well-formed XML of an unknown vocabulary is <c>unsupported-format</c>.
/// </summary>
public sealed class XmlDocumentGuard : IDocumentParser
{
    public string Format => "xml";

    public bool Match(string text, string name)
    {
        if (!XmlSniffer.LooksLikeMarkup(text))
        {
            return false;
        }

        var trimmed = text.AsSpan().TrimStart();
        return trimmed.StartsWith("<?xml", StringComparison.Ordinal)
            || (trimmed.StartsWith("<!DOCTYPE", StringComparison.Ordinal) && !trimmed.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase))
            || name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".nxml", StringComparison.OrdinalIgnoreCase);
    }

    public ParseResult Parse(string text, string name)
    {
        var document = SafeXml.Load(text, out var error);
        if (document is null)
        {
            return new ParseResult(null, error);
        }

        var root = document.Root?.Name.LocalName ?? "(none)";
        return ParseResult.Failed(ErrorCodes.UnsupportedFormat, $"XML with root element <{root}> is not a supported format (PubMed XML and JATS are).");
    }
}
