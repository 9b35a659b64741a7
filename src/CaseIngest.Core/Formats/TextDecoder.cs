using System.Text;
using CaseIngest.Core.Model;

namespace CaseIngest.Core.Formats;

/// <summary>
/// Turns bytes into text: UTF-8 (with or without BOM) or UTF-16 with a BOM; binary content (NUL bytes, known
/// magic numbers such as PDF, ZIP, PNG, JPEG, GIF) is unsupported and invalid UTF-8 is an encoding error.
/// Line endings are normalised to LF so that offsets do not depend on the platform that wrote the file.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return Fail(ErrorCodes.Empty, "The document is empty.");
        }

        string text;
        try
        {
            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                text = StrictUtf8.GetString(bytes[3..]);
            }
            else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            {
                text = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true).GetString(bytes[2..]);
            }
            else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            {
                text = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true).GetString(bytes[2..]);
            }
            else
            {
                if (BinaryMagic(bytes) is { } kind)
                {
                    return Fail(ErrorCodes.UnsupportedFormat, $"The document is {kind}, not text.");
                }

                if (bytes.IndexOf((byte)0) >= 0)
                {
                    return Fail(ErrorCodes.UnsupportedFormat, "The document holds NUL bytes: binary or UTF-16 without a byte order mark.");
                }

                text = StrictUtf8.GetString(bytes);
            }
        }
        catch (DecoderFallbackException)
        {
            return Fail(ErrorCodes.InvalidEncoding, "The document is not valid UTF-8 or UTF-16 text.");
        }

        if (text.Contains('\0'))
        {
            return Fail(ErrorCodes.UnsupportedFormat, "The document holds NUL characters.");
        }

        return new DecodedText(NormaliseLineEndings(text), null);
    }

    private static string? BinaryMagic(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0x25, 0x50, 0x44, 0x46, ..] => "a PDF file (convert it to text or Markdown first)",
        [0x50, 0x4B, 0x03, 0x04, ..] => "a ZIP archive or Office document",
        [0x89, 0x50, 0x4E, 0x47, ..] => "a PNG image",
        [0xFF, 0xD8, 0xFF, ..] => "a JPEG image",
        [0x47, 0x49, 0x46, 0x38, ..] => "a GIF image",
        [0x1F, 0x8B, ..] => "a gzip archive",
        _ => null,
    };

    private static string NormaliseLineEndings(string text)
    {
        if (!text.Contains('\r'))
        {
            return text;
        }

        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }

    private static DecodedText Fail(string code, string message) => new(null, new ExtractionError(code, message));
}
