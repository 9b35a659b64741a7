using System.Text;

namespace CaseIngest.Core.Lexicons;

/// <summary>Reads what <see cref="LexiconSnapshotWriter"/> wrote, as spans of the snapshot's bytes; a truncated or malformed snapshot throws <see cref="LexiconException"/>.</summary>
internal ref struct LexiconSnapshotReader
{
    private readonly ReadOnlySpan<byte> _bytes;
    private int _position;
    private string[] _strings;

    /// <summary>Starts after <paramref name="headerLength"/> bytes and reads the string table.</summary>
    public LexiconSnapshotReader(ReadOnlySpan<byte> bytes, int headerLength)
    {
        _bytes = bytes;
        _position = headerLength;
        _strings = [];
        var count = ReadCount();
        var strings = new string[count];
        for (var i = 0; i < strings.Length; i++)
        {
            var length = ReadCount();
            strings[i] = Encoding.UTF8.GetString(Take(length));
        }

        _strings = strings;
    }

    public readonly bool AtEnd => _position == _bytes.Length;

    public int ReadInt()
    {
        uint value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            if (_position >= _bytes.Length)
            {
                throw Truncated();
            }

            var b = _bytes[_position++];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value <= int.MaxValue ? (int)value : throw Malformed();
            }
        }

        throw Malformed();
    }

    /// <summary>A count of items that follow, each at least one byte: never more than the bytes left.</summary>
    public int ReadCount()
    {
        var count = ReadInt();
        return count <= _bytes.Length - _position ? count : throw Malformed();
    }

    /// <summary>An index below <paramref name="bound"/>.</summary>
    public int ReadIndex(int bound)
    {
        var index = ReadInt();
        return index < bound ? index : throw Malformed();
    }

    public string ReadString() => _strings[ReadIndex(_strings.Length)];

    public string? ReadOptionalString()
    {
        var index = ReadIndex(_strings.Length + 1);
        return index == 0 ? null : _strings[index - 1];
    }

    private ReadOnlySpan<byte> Take(int length)
    {
        if (length > _bytes.Length - _position)
        {
            throw Truncated();
        }

        var span = _bytes.Slice(_position, length);
        _position += length;
        return span;
    }

    private static LexiconException Truncated() => new("The lexicon snapshot is truncated.");

    private static LexiconException Malformed() => new("The lexicon snapshot is malformed.");
}
