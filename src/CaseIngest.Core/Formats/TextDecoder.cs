using System.Text;
using CaseIngest.Core.Model;

namespace CaseIngest.Core.Formats;

/// <summary>
/// Turns bytes into text: UTF-8 (with or without BOM), UTF-16 with a BOM (or XML starting "&lt;" in UTF-16),
/// Latin-1 when an XML or HTML charset declaration says so and the bytes are not UTF-8; binary content (NUL bytes, known
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
            else if (bytes is [(byte)'<', 0, _, 0, ..])
            {
                text = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true).GetString(bytes);
            }
            else if (bytes is [0, (byte)'<', 0, _, ..])
            {
                text = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true).GetString(bytes);
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

                text = DeclaresLatin1(bytes) ? Encoding.Latin1.GetString(bytes) : StrictUtf8.GetString(bytes);
            }
        }
        catch (DecoderFallbackException)
        {
            return Fail(ErrorCodes.InvalidEncoding, "The document is not valid UTF-8 or UTF-16 text.");
        }

        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        if (text.Contains('\0'))
        {
            return Fail(ErrorCodes.UnsupportedFormat, "The document holds NUL characters.");
        }

        return new DecodedText(NormaliseLineEndings(text), null);
    }

    /// <summary>
    /// True when <see cref="Decode"/> reads these bytes as UTF-8 without a byte order mark and without error: the text
    /// is then exactly the UTF-8 decoding with line endings normalised, so a parser may read the bytes directly.
    /// </summary>
    public static bool IsPlainUtf8(ReadOnlySpan<byte> bytes) =>
        !bytes.IsEmpty
        && !bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])
        && !bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
        && !bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
        && BinaryMagic(bytes) is null
        && bytes.IndexOf((byte)0) < 0
        && StrictUtf8IsValid(bytes);

    /// <summary>
    /// An XML declaration or HTML meta charset naming ISO-8859-1 / Latin-1 / Windows-1252 in the first kilobyte, on a
    /// document that is not valid UTF-8 (valid UTF-8 wins: pages often declare one charset and are saved in another).
    /// </summary>
    private static bool DeclaresLatin1(ReadOnlySpan<byte> bytes)
    {
        if (StrictUtf8IsValid(bytes))
        {
            return false;
        }

        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 1024)]).ToLowerInvariant();
        foreach (var label in (string[])["iso-8859-1", "iso8859-1", "latin1", "latin-1", "windows-1252", "cp1252"])
        {
            if (head.Contains("encoding=\"" + label, StringComparison.Ordinal) || head.Contains("encoding='" + label, StringComparison.Ordinal)
                || head.Contains("charset=" + label, StringComparison.Ordinal) || head.Contains("charset=\"" + label, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StrictUtf8IsValid(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes);

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
