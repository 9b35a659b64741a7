using System.Xml;
using System.Xml.Linq;
using CaseIngest.Core.Model;

namespace CaseIngest.Core.Formats;

/// <summary>
/// Loads untrusted XML: no DTD processing, no external resolution, no entity declarations. The public DOCTYPE
/// lines of PubMed and JATS files are skipped; an internal subset declaring entities, truncated or malformed
/// markup is a <c>malformed-xml</c> error value.
/// </summary>
internal static class SafeXml
{
    public const int MaxDepth = 1024;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersFromEntities = 0,
        CloseInput = true,
    };

    public static XDocument? Load(string text, out ExtractionError? error)
    {
        if (DeclaresEntities(text))
        {
            error = new ExtractionError(ErrorCodes.MalformedXml, "The XML declares entities in its DOCTYPE; entity declarations are not accepted.");
            return null;
        }

        try
        {
            if (ExceedsDepth(text))
            {
                error = new ExtractionError(ErrorCodes.MalformedXml, $"The XML nests elements deeper than {MaxDepth} levels.");
                return null;
            }

            using var reader = XmlReader.Create(new StringReader(text), Settings);
            var document = XDocument.Load(reader, LoadOptions.None);
            error = null;
            return document;
        }
        catch (XmlException exception)
        {
            error = new ExtractionError(ErrorCodes.MalformedXml, $"The XML is not well formed (line {exception.LineNumber}, position {exception.LinePosition}).");
            return null;
        }
    }

    /// <summary>Real articles nest a few dozen levels; far deeper nesting only makes tree building slow.</summary>
    private static bool ExceedsDepth(string text)
    {
        using var reader = XmlReader.Create(new StringReader(text), Settings);
        while (reader.Read())
        {
            if (reader.Depth > MaxDepth)
            {
                return true;
            }
        }

        return false;
    }

    private static bool DeclaresEntities(string text)
    {
        var doctype = text.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
        if (doctype < 0)
        {
            return false;
        }

        var root = text.IndexOf('>', doctype);
        var subset = text.IndexOf('[', doctype);
        if (subset < 0 || (root >= 0 && subset > root))
        {
            return false;
        }

        return text.IndexOf("<!ENTITY", subset, StringComparison.Ordinal) >= 0;
    }
}
