using CaseIngest.Core.Lexicons;

namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>
/// The lexicon as part of the lexicon snapshot (<see cref="LexiconSnapshot"/>): its entries once each (an entry under
/// several phrases stays one object), the matcher's tries as built and the OncoTree vocabulary, so reading it runs
/// no tokenizer, spelling variants or validation of the tables.
/// </summary>
internal sealed partial class DiagnosisLexicon
{
    internal void WriteTo(LexiconSnapshotWriter writer)
    {
        var entries = new Dictionary<DiagnosisEntry, int>(ReferenceEqualityComparer.Instance);
        var order = new List<DiagnosisEntry>();
        foreach (var entry in _matcher.Values())
        {
            if (entries.TryAdd(entry, order.Count))
            {
                order.Add(entry);
            }
        }

        writer.WriteInt(order.Count);
        foreach (var entry in order)
        {
            writer.WriteString(entry.Name);
            writer.WriteInt(entry.Broader.Count);
            foreach (var name in entry.Broader)
            {
                writer.WriteString(name);
            }
        }

        _matcher.WriteTo(writer, e => entries[e]);
        writer.WriteInt(OncoTree is null ? 0 : 1);
        OncoTree?.WriteTo(writer);
    }

    internal static DiagnosisLexicon ReadFrom(ref LexiconSnapshotReader reader)
    {
        var entries = new DiagnosisEntry[reader.ReadCount()];
        for (var i = 0; i < entries.Length; i++)
        {
            var name = reader.ReadString();
            var count = reader.ReadCount();
            var broader = count == 0 ? [] : new string[count];
            for (var b = 0; b < broader.Length; b++)
            {
                broader[b] = reader.ReadString();
            }

            entries[i] = new DiagnosisEntry(name, broader);
        }

        var matcher = TermMatcher<DiagnosisEntry>.ReadFrom(ref reader, entries);
        var oncoTree = reader.ReadIndex(2) == 1 ? OncoTreeVocabulary.ReadFrom(ref reader) : null;
        return new DiagnosisLexicon(matcher, oncoTree);
    }
}
