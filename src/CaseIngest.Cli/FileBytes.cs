namespace CaseIngest.Cli;

/// <summary>
/// Reads whole files into one buffer kept from one file to the next, so a run over many files allocates a buffer only
/// when a file is larger than every file before it (<see cref="File.ReadAllBytes(string)"/> allocates one per file).
/// The bytes returned are valid until the next read. Not thread-safe: one reader per loop.
/// </summary>
internal sealed class FileBytes
{
    private byte[] _buffer = new byte[64 * 1024];

    /// <summary>
    /// The whole content of <paramref name="path"/>; throws what <see cref="File.ReadAllBytes(string)"/> throws for a
    /// missing, unreadable or too large file.
    /// </summary>
    public ReadOnlySpan<byte> Read(string path)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
        var length = RandomAccess.GetLength(handle);
        if (length > Array.MaxLength)
        {
            throw new IOException($"The file is larger than {Array.MaxLength} bytes.");
        }

        // one byte to spare, so a file read to its end is known to have ended there (a file that grows, or one whose
        // length the system reports as 0, is read on until a read returns nothing)
        if (length >= _buffer.Length)
        {
            _buffer = new byte[(int)Math.Min(length + 1, Array.MaxLength)];
        }

        var total = 0;
        while (true)
        {
            if (total == _buffer.Length)
            {
                if (total == Array.MaxLength)
                {
                    throw new IOException($"The file is larger than {Array.MaxLength} bytes.");
                }

                Array.Resize(ref _buffer, (int)Math.Min(2L * _buffer.Length, Array.MaxLength));
            }

            var read = RandomAccess.Read(handle, _buffer.AsSpan(total), total);
            if (read == 0)
            {
                return _buffer.AsSpan(0, total);
            }

            total += read;
        }
    }
}
