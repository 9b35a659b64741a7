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
}
