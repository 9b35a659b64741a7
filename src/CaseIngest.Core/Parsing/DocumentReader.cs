using CaseIngest.Core.Formats;
using CaseIngest.Core.Model;

namespace CaseIngest.Core.Parsing;

/// <summary>Bytes in, parsed document out: enforces the size limit, decodes the text, detects the format and parses.</summary>
public sealed class DocumentReader(IReadOnlyList<IDocumentParser> parsers, long maxBytes)
{
    public static DocumentReader CreateDefault(long maxBytes) => new(FormatParsers.CreateDefault(), maxBytes);

    public ParseResult Read(string name, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > maxBytes)
        {
            return ParseResult.Failed(ErrorCodes.TooLarge, $"The document is {bytes.Length} bytes; the limit is {maxBytes}.");
        }

        if (ReadUtf8(name, bytes) is { } direct)
        {
            return direct;
        }

        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Error is { } error)
        {
            return new ParseResult(null, error);
        }

        var text = decoded.Text!;
        if (string.IsNullOrWhiteSpace(text))
        {
            return ParseResult.Failed(ErrorCodes.Empty, "The document holds no text.");
        }

        foreach (var parser in parsers)
        {
            if (parser.Match(text, name))
            {
                return parser.Parse(text, name);
            }
        }

        return ParseResult.Failed(ErrorCodes.UnsupportedFormat, "No parser recognises this document.");
    }

    /// <summary>
    /// Plain UTF-8 XML read straight from the bytes by the leading parsers that can (PubMed XML, JATS), sparing a
    /// decoded copy of the whole text; null when the text must be decoded (then every parser is tried on the text).
    /// </summary>
    private ParseResult? ReadUtf8(string name, ReadOnlySpan<byte> bytes)
    {
        // the root name from the head first: a text that is no markup is not validated here and again when decoded
        if (parsers.Count == 0 || parsers[0] is not IUtf8DocumentParser || !Utf8Sniffer.TryRootName(bytes, out var rootName)
            || rootName is null || !TextDecoder.IsPlainUtf8(bytes))
        {
            return null;
        }

        foreach (var parser in parsers)
        {
            if (parser is not IUtf8DocumentParser utf8)
            {
                return null;
            }

            if (utf8.Match(bytes, rootName, name))
            {
                return utf8.Parse(bytes, name);
            }
        }

        return null;
    }
}
