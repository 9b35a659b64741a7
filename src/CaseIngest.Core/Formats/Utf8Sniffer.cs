using System.Buffers;
using System.Text;

namespace CaseIngest.Core.Formats;

/// <summary>
/// The root element name of plain UTF-8 bytes, as <see cref="XmlSniffer.RootName(string)"/> gives it for the decoded
/// text, found from a decoded head of the document only (in a pooled buffer), or "cannot tell" when the head is not
/// enough to be sure.
/// </summary>
internal static class Utf8Sniffer
{
    private const int HeadBytes = 32 * 1024;

    /// <summary>False when the root name cannot be told from the head; then the text must be decoded.</summary>
    public static bool TryRootName(ReadOnlySpan<byte> utf8, out string? rootName)
    {
        rootName = null;
        var first = 0;
        while (first < utf8.Length && utf8[first] < 0x80 && char.IsWhiteSpace((char)utf8[first]))
        {
            first++;
        }

        if (first == utf8.Length)
        {
            return true;
        }

        if (utf8[first] < 0x80 && utf8[first] != '<')
        {
            // An ASCII character other than '<' after white space: not markup.
            return true;
        }

        var length = Math.Min(utf8.Length, HeadBytes);
        while (length < utf8.Length && (utf8[length] & 0xC0) == 0x80)
        {
            length--;
        }

        var buffer = ArrayPool<char>.Shared.Rent(length);
        try
        {
            var count = Encoding.UTF8.GetChars(utf8[..length], buffer);
            var head = NormaliseLineEndings(buffer.AsSpan(0, count));
            var complete = length == utf8.Length;
            if (!complete && head.Length < XmlSniffer.Window)
            {
                return false;
            }

            // False when the scan ran off the end of the head: only the whole text can tell.
            return XmlSniffer.TryRootName(head, complete, out rootName);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>CR LF and lone CR become LF in place, as <see cref="TextDecoder"/> does for the whole text.</summary>
    private static Span<char> NormaliseLineEndings(Span<char> text)
    {
        var written = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                c = '\n';
            }

            text[written++] = c;
        }

        return text[..written];
    }
}
