using CaseIngest.Core.Lexicons;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// The lexicon as a snapshot (<see cref="LexiconSnapshot"/>): its entries once each (the same entry under several
/// aliases stays one object), the aliases in their order, the HGNC, written-name, stain-word and hormone sets, and the phrase matchers'
/// tries as built, so reading it runs no tokenizer, validation or lookup of the tables.
/// </summary>
public sealed partial class MarkerLexicon
{
    internal void WriteTo(LexiconSnapshotWriter writer)
    {
        var entries = new Dictionary<MarkerEntry, int>(ReferenceEqualityComparer.Instance);
        var order = new List<MarkerEntry>();
        foreach (var entry in _aliases.Values.Concat(_vocabulary).Concat(_writtenNames).Concat(_stainWords).Concat(_hormones).Concat(Markers.Values()))
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
            writer.WriteOptionalString(entry.Gene);
            writer.WriteInt((int)entry.Kind);
            writer.WriteInt(entry.Result is { } result ? (int)result + 1 : 0);
            writer.WriteOptionalString(entry.Method);
            writer.WriteOptionalString(entry.Variant);
        }

        writer.WriteInt(_aliases.Count);
        foreach (var (key, entry) in _aliases)
        {
            writer.WriteString(key);
            writer.WriteInt(entries[entry]);
        }

        WriteSet(writer, _vocabulary, entries);
        WriteSet(writer, _writtenNames, entries);
        WriteSet(writer, _stainWords, entries);
        WriteSet(writer, _hormones, entries);
        Markers.WriteTo(writer, e => entries[e]);

        var cues = new Dictionary<MarkerCue, int>(ReferenceEqualityComparer.Instance);
        var cueOrder = new List<MarkerCue>();
        foreach (var cue in RightCues.Values().Concat(LeftCues.Values()).Concat(SentenceCues.Values()))
        {
            if (cues.TryAdd(cue, cueOrder.Count))
            {
                cueOrder.Add(cue);
            }
        }

        writer.WriteInt(cueOrder.Count);
        foreach (var cue in cueOrder)
        {
            writer.WriteString(cue.Kind);
            writer.WriteInt(cue.Explicit ? 1 : 0);
        }

        RightCues.WriteTo(writer, c => cues[c]);
        LeftCues.WriteTo(writer, c => cues[c]);
        SentenceCues.WriteTo(writer, c => cues[c]);
    }

    internal static MarkerLexicon ReadFrom(ref LexiconSnapshotReader reader)
    {
        var entries = new MarkerEntry[reader.ReadCount()];
        for (var i = 0; i < entries.Length; i++)
        {
            var name = reader.ReadString();
            var gene = reader.ReadOptionalString();
            var kind = (MarkerKind)reader.ReadInt();
            var code = reader.ReadInt();
            MarkerResult? result = code == 0 ? null : (MarkerResult)(code - 1);
            var method = reader.ReadOptionalString();
            var variant = reader.ReadOptionalString();
            entries[i] = new MarkerEntry(name, gene, kind, result, method, variant);
        }

        var aliases = new (string Key, MarkerEntry Entry)[reader.ReadCount()];
        for (var i = 0; i < aliases.Length; i++)
        {
            aliases[i] = (reader.ReadString(), entries[reader.ReadIndex(entries.Length)]);
        }

        var vocabulary = ReadSet(ref reader, entries);
        var writtenNames = ReadSet(ref reader, entries);
        var stainWords = ReadSet(ref reader, entries);
        var hormones = ReadSet(ref reader, entries);
        var markers = CasedPhraseMatcher<MarkerEntry>.ReadFrom(ref reader, entries);

        var cues = new MarkerCue[reader.ReadCount()];
        for (var i = 0; i < cues.Length; i++)
        {
            cues[i] = new MarkerCue(reader.ReadString(), reader.ReadIndex(2) == 1);
        }

        var right = CasedPhraseMatcher<MarkerCue>.ReadFrom(ref reader, cues);
        var left = CasedPhraseMatcher<MarkerCue>.ReadFrom(ref reader, cues);
        var sentence = CasedPhraseMatcher<MarkerCue>.ReadFrom(ref reader, cues);

        var lexicon = new MarkerLexicon(markers, right, left, sentence, aliases.Length);
        foreach (var (key, entry) in aliases)
        {
            lexicon._aliases.Add(key, entry);
        }

        lexicon._vocabulary.EnsureCapacity(vocabulary.Length);
        lexicon._vocabulary.UnionWith(vocabulary);
        lexicon._writtenNames.EnsureCapacity(writtenNames.Length);
        lexicon._writtenNames.UnionWith(writtenNames);
        lexicon._stainWords.EnsureCapacity(stainWords.Length);
        lexicon._stainWords.UnionWith(stainWords);
        lexicon._hormones.UnionWith(hormones);
        return lexicon;
    }

    private static void WriteSet(LexiconSnapshotWriter writer, HashSet<MarkerEntry> set, Dictionary<MarkerEntry, int> entries)
    {
        writer.WriteInt(set.Count);
        foreach (var entry in set)
        {
            writer.WriteInt(entries[entry]);
        }
    }

    private static MarkerEntry[] ReadSet(ref LexiconSnapshotReader reader, MarkerEntry[] entries)
    {
        var set = new MarkerEntry[reader.ReadCount()];
        for (var i = 0; i < set.Length; i++)
        {
            set[i] = entries[reader.ReadIndex(entries.Length)];
        }

        return set;
    }
}
