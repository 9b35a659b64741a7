using CaseIngest.Core.Lexicons;

namespace CaseIngest.Core.Text;

/// <summary>The phrase trie written to and read from the lexicon snapshot (<see cref="LexiconSnapshot"/>).</summary>
public sealed partial class PhraseMatcher<T>
{
    /// <summary>The values of the phrases, depth first in the order the words were added.</summary>
    internal IEnumerable<T> Values()
    {
        var order = new List<T>(Count);
        Collect(_root, order);
        return order;

        static void Collect(Node node, List<T> order)
        {
            if (node.HasValue)
            {
                order.Add(node.Value!);
            }

            foreach (var child in node.Children?.Values ?? Enumerable.Empty<Node>())
            {
                Collect(child, order);
            }
        }
    }

    /// <summary>Writes the trie as it is (words already keyed, children in their order), each value as <paramref name="valueIndex"/> gives it.</summary>
    internal void WriteTo(LexiconSnapshotWriter writer, Func<T, int> valueIndex)
    {
        writer.WriteInt(_caseSensitive ? 1 : 0);
        writer.WriteInt(Count);
        WriteNode(writer, _root, valueIndex);
    }

    /// <summary>Reads a trie <see cref="WriteTo"/> wrote: no tokenizing or case folding, each node's children sized at once.</summary>
    internal static PhraseMatcher<T> ReadFrom(ref LexiconSnapshotReader reader, T[] values)
    {
        var matcher = new PhraseMatcher<T>(reader.ReadIndex(2) == 1);
        matcher.Count = reader.ReadInt();
        ReadNode(ref reader, matcher._root, values);
        return matcher;
    }

    private static void WriteNode(LexiconSnapshotWriter writer, Node node, Func<T, int> valueIndex)
    {
        writer.WriteInt(node.HasValue ? valueIndex(node.Value!) + 1 : 0);
        writer.WriteInt(node.Children?.Count ?? 0);
        if (node.Children is null)
        {
            return;
        }

        foreach (var (word, child) in node.Children)
        {
            writer.WriteString(word);
            WriteNode(writer, child, valueIndex);
        }
    }

    private static void ReadNode(ref LexiconSnapshotReader reader, Node node, T[] values)
    {
        var value = reader.ReadIndex(values.Length + 1);
        if (value > 0)
        {
            node.HasValue = true;
            node.Value = values[value - 1];
        }

        var count = reader.ReadCount();
        if (count == 0)
        {
            return;
        }

        var children = new Dictionary<string, Node>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var child = new Node();
            children.Add(reader.ReadString(), child);
            ReadNode(ref reader, child, values);
        }

        node.Children = children;
    }
}
