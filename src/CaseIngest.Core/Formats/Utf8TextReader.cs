using System.Buffers;
using System.Text.Unicode;

namespace CaseIngest.Core.Formats;

/// <summary>
/// Reads UTF-8 bytes already known to be valid (see <see cref="TextDecoder.IsPlainUtf8"/>) as text, decoding straight
/// into the reader's own buffer: the same characters a <see cref="StreamReader"/> gives, without its byte and
/// character buffers or a stream. A four-byte sequence that does not fit the caller's buffer is split into its two
/// surrogates across reads.
/// </summary>
internal sealed class Utf8TextReader(byte[] bytes, int length) : TextReader
{
    private int _position;

    /// <summary>The low surrogate of a pair whose high surrogate ended the previous read, or 0.</summary>
    private char _pendingLow;

    public override int Peek()
    {
        if (_pendingLow != 0)
        {
            return _pendingLow;
        }

        Span<char> next = stackalloc char[2];
        return Decode(next, out _) > 0 ? next[0] : -1;
    }

    public override int Read()
    {
        Span<char> one = stackalloc char[1];
        return Read(one) == 0 ? -1 : one[0];
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }

        var written = 0;
        if (_pendingLow != 0)
        {
            buffer[0] = _pendingLow;
            _pendingLow = '\0';
            written = 1;
        }

        var decoded = Decode(buffer[written..], out var bytesRead);
        _position += bytesRead;
        written += decoded;
        if (written == 0 && _position < length)
        {
            // one free character and a surrogate pair next: hand out its high half now, its low half on the next read
            Span<char> pair = stackalloc char[2];
            _ = Utf8.ToUtf16(bytes.AsSpan(_position, length - _position), pair, out bytesRead, out _, replaceInvalidSequences: false);
            _position += bytesRead;
            buffer[0] = pair[0];
            _pendingLow = pair[1];
            written = 1;
        }

        return written;
    }

    private int Decode(Span<char> destination, out int bytesRead)
    {
        var status = Utf8.ToUtf16(bytes.AsSpan(_position, length - _position), destination, out bytesRead, out var charsWritten, replaceInvalidSequences: false);
        return status is OperationStatus.Done or OperationStatus.DestinationTooSmall
            ? charsWritten
            : throw new InvalidDataException("The bytes are not valid UTF-8.");
    }
}
