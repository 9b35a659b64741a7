using System.Globalization;
using System.Text;

namespace CaseIngest.Worker.Tests.Support;

/// <summary>Reads HTTP/1.1 requests off a stream one at a time: the head, then a body of Content-Length bytes or chunked.</summary>
internal sealed class HttpRequestReader(Stream stream)
{
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;

    public sealed record Head(string Method, string Path, byte[] Bytes, long ContentLength, bool Chunked);

    public async Task<Head?> ReadHeadAsync(CancellationToken cancellationToken)
    {
        var head = new MemoryStream();
        while (true)
        {
            if (_start == _end && !await FillAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            head.WriteByte(_buffer[_start++]);
            var bytes = head.GetBuffer();
            var length = (int)head.Length;
            if (length >= 4 && bytes[length - 4] == '\r' && bytes[length - 3] == '\n' && bytes[length - 2] == '\r' && bytes[length - 1] == '\n')
            {
                var text = Encoding.ASCII.GetString(bytes, 0, length);
                var lines = text.Split("\r\n");
                var first = lines[0].Split(' ');
                long contentLength = 0;
                var chunked = false;
                foreach (var line in lines.Skip(1))
                {
                    var colon = line.IndexOf(':', StringComparison.Ordinal);
                    if (colon <= 0)
                    {
                        continue;
                    }

                    var name = line[..colon].Trim();
                    var value = line[(colon + 1)..].Trim();
                    if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
                    {
                        contentLength = long.Parse(value, CultureInfo.InvariantCulture);
                    }
                    else if (name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase) && value.Contains("chunked", StringComparison.OrdinalIgnoreCase))
                    {
                        chunked = true;
                    }
                }

                return new Head(first[0], first.Length > 1 ? first[1] : "/", head.ToArray(), contentLength, chunked);
            }
        }
    }

    public async Task CopyBodyAsync(Head head, Stream destination, CancellationToken cancellationToken)
    {
        if (head.Chunked)
        {
            await CopyChunkedAsync(destination, cancellationToken).ConfigureAwait(false);
            return;
        }

        await CopyAsync(head.ContentLength, destination, cancellationToken).ConfigureAwait(false);
    }

    private async Task CopyChunkedAsync(Stream destination, CancellationToken cancellationToken)
    {
        while (true)
        {
            var sizeLine = await ReadLineAsync(cancellationToken).ConfigureAwait(false);
            await destination.WriteAsync(Encoding.ASCII.GetBytes(sizeLine + "\r\n"), cancellationToken).ConfigureAwait(false);
            var size = long.Parse(sizeLine.Split(';')[0].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            await CopyAsync(size + 2, destination, cancellationToken).ConfigureAwait(false);
            if (size == 0)
            {
                return;
            }
        }
    }

    private async Task<string> ReadLineAsync(CancellationToken cancellationToken)
    {
        var line = new StringBuilder();
        while (true)
        {
            if (_start == _end && !await FillAsync(cancellationToken).ConfigureAwait(false))
            {
                throw new IOException("The connection closed inside a chunked body.");
            }

            var c = (char)_buffer[_start++];
            if (c == '\n')
            {
                return line.ToString().TrimEnd('\r');
            }

            line.Append(c);
        }
    }

    private async Task CopyAsync(long count, Stream destination, CancellationToken cancellationToken)
    {
        while (count > 0)
        {
            if (_start == _end && !await FillAsync(cancellationToken).ConfigureAwait(false))
            {
                throw new IOException("The connection closed inside a request body.");
            }

            var take = (int)Math.Min(count, _end - _start);
            await destination.WriteAsync(_buffer.AsMemory(_start, take), cancellationToken).ConfigureAwait(false);
            _start += take;
            count -= take;
        }
    }

    private async Task<bool> FillAsync(CancellationToken cancellationToken)
    {
        _start = 0;
        _end = await stream.ReadAsync(_buffer, cancellationToken).ConfigureAwait(false);
        return _end > 0;
    }
}
