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

    /// <summary>A thread's name table is kept for its next document while it holds no more names than this.</summary>
    private const int MaxKeptNames = 4096;

    [ThreadStatic]
    private static CountingNameTable? _names;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersFromEntities = 0,
        CloseInput = true,
    };

    public static XDocument? Load(string text, out ExtractionError? error) => Load(text, null, out error);

    /// <summary>
    /// As <see cref="Load(string, out ExtractionError?)"/>, leaving out of the tree the elements <paramref name="omit"/>
    /// selects by (parent local name, local name): subtrees the caller never reads need not be built.
    /// </summary>
    public static XDocument? Load(string text, Func<string, string, bool>? omit, out ExtractionError? error)
    {
        if (DeclaresEntities(text))
        {
            error = EntitiesDeclared();
            return null;
        }

        return Load(new StringReader(text), omit, out error);
    }

    /// <summary>
    /// As <see cref="Load(string, Func{string, string, bool}?, out ExtractionError?)"/> for plain UTF-8 bytes (see
    /// <see cref="TextDecoder.IsPlainUtf8"/>): the same tree, without the whole text decoded into a string first.
    /// </summary>
    public static XDocument? Load(ReadOnlySpan<byte> utf8, Func<string, string, bool>? omit, out ExtractionError? error)
    {
        if (DeclaresEntities(utf8))
        {
            error = EntitiesDeclared();
            return null;
        }

        // a copy the reader can hold: pooled, or for a large document kept for the next one
        var pooled = utf8.Length <= Text.ScratchArrays.MaxPooledLength;
        var buffer = pooled ? Text.ScratchArrays.Rent<byte>(utf8.Length) : Text.LargeArrays.Rent<byte>(utf8.Length);
        try
        {
            utf8.CopyTo(buffer);
            return Load(new Utf8TextReader(buffer, utf8.Length), omit, out error);
        }
        finally
        {
            if (pooled)
            {
                Text.ScratchArrays.Return(buffer);
            }
            else
            {
                Text.LargeArrays.Return(buffer);
            }
        }
    }

    private static XDocument? Load(TextReader text, Func<string, string, bool>? omit, out ExtractionError? error)
    {
        var names = _names ?? new CountingNameTable();
        _names = null;
        var settings = Settings.Clone();
        settings.NameTable = names;

        // Real articles nest a few dozen levels; far deeper nesting only makes tree building slow. Depth is checked
        // while the tree is built, so the text is read once.
        using var reader = new GuardedXmlReader(XmlReader.Create(text, settings), MaxDepth, omit);
        try
        {
            return Load(reader, out error);
        }
        finally
        {
            _names = names.Count <= MaxKeptNames ? names : null;
        }
    }

    private static XDocument? Load(GuardedXmlReader reader, out ExtractionError? error)
    {
        try
        {
            var document = XDocument.Load(reader, LoadOptions.None);
            if (reader.TooDeep)
            {
                error = TooDeep();
                return null;
            }

            error = null;
            return document;
        }
        catch (InvalidOperationException) when (reader.TooDeep)
        {
            error = TooDeep();
            return null;
        }
        catch (XmlException exception)
        {
            error = new ExtractionError(ErrorCodes.MalformedXml, $"The XML is not well formed (line {exception.LineNumber}, position {exception.LinePosition}).");
            return null;
        }
    }

    private static ExtractionError EntitiesDeclared() =>
        new(ErrorCodes.MalformedXml, "The XML declares entities in its DOCTYPE; entity declarations are not accepted.");

    private static ExtractionError TooDeep() =>
        new(ErrorCodes.MalformedXml, $"The XML nests elements deeper than {MaxDepth} levels.");

    /// <summary>As <see cref="DeclaresEntities(string)"/> on UTF-8 bytes: the markers are ASCII, so they are found in the same order.</summary>
    private static bool DeclaresEntities(ReadOnlySpan<byte> utf8)
    {
        var doctype = utf8.IndexOf("<!DOCTYPE"u8);
        if (doctype < 0)
        {
            return false;
        }

        var root = utf8[doctype..].IndexOf((byte)'>');
        var subset = utf8[doctype..].IndexOf((byte)'[');
        if (subset < 0 || (root >= 0 && subset > root))
        {
            return false;
        }

        return utf8[(doctype + subset)..].IndexOf("<!ENTITY"u8) >= 0;
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
