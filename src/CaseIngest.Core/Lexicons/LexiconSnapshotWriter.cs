using System.Text;

namespace CaseIngest.Core.Lexicons;

/// <summary>
/// Writes a lexicon snapshot: unsigned integers as 7-bit varints, strings as indexes into one table of distinct
/// strings (UTF-8, written first), so a word that many phrases share is stored and read once.
/// </summary>
internal sealed class LexiconSnapshotWriter
{
    private readonly MemoryStream _body = new();
    private readonly Dictionary<string, int> _strings = new(StringComparer.Ordinal);
    private readonly List<string> _table = [];

    public void WriteInt(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        var v = (uint)value;
        while (v >= 0x80)
        {
            _body.WriteByte((byte)(v | 0x80));
            v >>= 7;
        }

        _body.WriteByte((byte)v);
    }

    public void WriteString(string value)
    {
        if (!_strings.TryGetValue(value, out var index))
        {
            index = _table.Count;
            _strings.Add(value, index);
            _table.Add(value);
        }

        WriteInt(index);
    }

    /// <summary>A string that may be null: 0 for null, else its index + 1.</summary>
    public void WriteOptionalString(string? value)
    {
        if (value is null)
        {
            WriteInt(0);
            return;
        }

        if (!_strings.TryGetValue(value, out var index))
        {
            index = _table.Count;
            _strings.Add(value, index);
            _table.Add(value);
        }

        WriteInt(index + 1);
    }

    /// <summary>The whole snapshot: the header, the string table, then the body.</summary>
    public byte[] ToArray(ReadOnlySpan<byte> header)
    {
        var output = new MemoryStream();
        output.Write(header);
        var table = new LexiconSnapshotWriter();
        table.WriteInt(_table.Count);
        foreach (var value in _table)
        {
            var bytes = Encoding.UTF8.GetBytes(value);
            table.WriteInt(bytes.Length);
            table._body.Write(bytes);
        }

        table._body.WriteTo(output);
        _body.WriteTo(output);
        return output.ToArray();
    }
}
