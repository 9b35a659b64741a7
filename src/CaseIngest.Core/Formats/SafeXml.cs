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

    public static XDocument? Load(string text, out ExtractionError? error) => Read(text, LoadTree, out error);

    /// <summary>
    /// As <see cref="Load(string, out ExtractionError?)"/> for plain UTF-8 bytes (see <see cref="TextDecoder.IsPlainUtf8"/>):
    /// the same tree, without the whole text decoded into a string first.
    /// </summary>
    public static XDocument? Load(ReadOnlySpan<byte> utf8, out ExtractionError? error) => Read(utf8, LoadTree, out error);

    /// <summary>
    /// Reads the text with <paramref name="read"/>, which is given the reader before its first node and reads it to the
    /// end (a forward-only reading that builds only what it needs); the same refusals as <see cref="Load(string, out ExtractionError?)"/>.
    /// </summary>
    public static T? Read<T>(string text, Func<XmlReader, T> read, out ExtractionError? error)
        where T : class
    {
        if (DeclaresEntities(text))
        {
            error = EntitiesDeclared();
            return null;
        }

        return Read(new StringReader(text), read, out error);
    }

    /// <summary>As <see cref="Read{T}(string, Func{XmlReader, T}, out ExtractionError?)"/> for plain UTF-8 bytes.</summary>
    public static T? Read<T>(ReadOnlySpan<byte> utf8, Func<XmlReader, T> read, out ExtractionError? error)
        where T : class
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
            return Read(new Utf8TextReader(buffer, utf8.Length), read, out error);
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

    private static XDocument LoadTree(XmlReader reader) => XDocument.Load(reader, LoadOptions.None);

    private static T? Read<T>(TextReader text, Func<XmlReader, T> read, out ExtractionError? error)
        where T : class
    {
        var names = _names ?? new CountingNameTable();
        _names = null;
        var settings = Settings.Clone();
        settings.NameTable = names;

        // Real articles nest a few dozen levels; far deeper nesting only makes tree building slow. Depth is checked
        // while the text is read, so it is read once.
        using var reader = new GuardedXmlReader(XmlReader.Create(text, settings), MaxDepth);
        try
        {
            return Read(reader, read, out error);
        }
        finally
        {
            _names = names.Count <= MaxKeptNames ? names : null;
        }
    }

    private static T? Read<T>(GuardedXmlReader reader, Func<XmlReader, T> read, out ExtractionError? error)
        where T : class
    {
        try
        {
            var result = read(reader);
            if (reader.TooDeep)
            {
                error = TooDeep();
                return null;
            }

            error = null;
            return result;
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
