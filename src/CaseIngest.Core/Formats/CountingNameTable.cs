using System.Xml;

namespace CaseIngest.Core.Formats;

/// <summary>
/// An XML name table that counts the names it holds, so one table can serve the documents a thread reads one
/// after another (names such as "AbstractText" are then atomised once, not once per document) and be dropped when
/// a document brought too many names of its own.
/// </summary>
internal sealed class CountingNameTable : XmlNameTable
{
    private readonly NameTable _names = new();

    public int Count { get; private set; }

    public override string Add(char[] array, int offset, int length) =>
        _names.Get(array, offset, length) ?? Added(_names.Add(array, offset, length));

    public override string Add(string array) => _names.Get(array) ?? Added(_names.Add(array));

    public override string? Get(char[] array, int offset, int length) => _names.Get(array, offset, length);

    public override string? Get(string array) => _names.Get(array);

    private string Added(string name)
    {
        Count++;
        return name;
    }
}
