using CaseIngest.Core.Lexicons;
using CaseIngest.Core.Model;

namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>
/// The vocabulary as part of the lexicon snapshot (<see cref="LexiconSnapshot"/>): its nodes once each (a node is keyed by its code), the names that
/// lead to them, the parents and the phrases, each in the order the tables gave them.
/// </summary>
internal sealed partial class OncoTreeVocabulary
{
    internal void WriteTo(LexiconSnapshotWriter writer)
    {
        var nodes = new Dictionary<OncoTreeNode, int>(ReferenceEqualityComparer.Instance);
        writer.WriteInt(_nodes.Count);
        foreach (var node in _nodes.Values)
        {
            nodes.Add(node, nodes.Count);
            writer.WriteString(node.Code);
            writer.WriteString(node.Name);
            writer.WriteOptionalString(node.MainType);
            writer.WriteOptionalString(node.Tissue);
        }

        writer.WriteInt(_byName.Count);
        foreach (var (name, node) in _byName)
        {
            writer.WriteString(name);
            writer.WriteInt(nodes[node]);
        }

        writer.WriteInt(_parents.Count);
        foreach (var (code, parent) in _parents)
        {
            writer.WriteString(code);
            writer.WriteString(parent);
        }

        writer.WriteInt(_phrases.Count);
        foreach (var (phrase, name) in _phrases)
        {
            writer.WriteString(phrase);
            writer.WriteString(name);
        }
    }

    internal static OncoTreeVocabulary ReadFrom(ref LexiconSnapshotReader reader)
    {
        var count = reader.ReadCount();
        var nodes = new Dictionary<string, OncoTreeNode>(count, StringComparer.Ordinal);
        var order = new OncoTreeNode[count];
        for (var i = 0; i < count; i++)
        {
            order[i] = new OncoTreeNode { Code = reader.ReadString(), Name = reader.ReadString(), MainType = reader.ReadOptionalString(), Tissue = reader.ReadOptionalString() };
            nodes.Add(order[i].Code, order[i]);
        }

        count = reader.ReadCount();
        var byName = new Dictionary<string, OncoTreeNode>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            byName.Add(reader.ReadString(), order[reader.ReadIndex(order.Length)]);
        }

        count = reader.ReadCount();
        var parents = new Dictionary<string, string>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            parents.Add(reader.ReadString(), reader.ReadString());
        }

        count = reader.ReadCount();
        var phrases = new List<(string Phrase, string Name)>(count);
        for (var i = 0; i < count; i++)
        {
            phrases.Add((reader.ReadString(), reader.ReadString()));
        }

        return new OncoTreeVocabulary(nodes, byName, parents, phrases);
    }
}
