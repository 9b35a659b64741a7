using CaseIngest.Core.Parsing;
using CaseIngest.Core.Text;
using CaseIngest.TextAnalytics.Client;

namespace CaseIngest.TextAnalytics.Reading;

/// <summary>
/// Sends a document to the service within its limits (chunks on section and sentence boundaries, batched per
/// request) and maps every entity back into the document's plain text. An entity whose offsets do not point at its
/// text, or fall outside its chunk, is dropped, so every fact built from the reading has exact evidence.
/// </summary>
public sealed class HealthcareReader(TextAnalyticsClient client, HealthcareLimits? limits = null) : IHealthcareReader
{
    private readonly HealthcareLimits _limits = Checked(limits ?? HealthcareLimits.Service);

    public HealthcareReading Read(string text, IReadOnlyList<Section> sections, IReadOnlyList<Sentence> sentences, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chunks = TextChunker.Split(text, sections, sentences, _limits.MaxCharactersPerDocument);
        var entities = new List<PlacedEntity>();
        var relations = new List<PlacedRelation>();
        var dropped = 0;
        foreach (var batch in TextChunker.Batch(chunks, _limits))
        {
            var inputs = batch.Select((chunk, i) => new HealthcareInput(i.ToString(System.Globalization.CultureInfo.InvariantCulture), text.Substring(chunk.Start, chunk.Length))).ToList();
            var result = client.AnalyzeHealthcare(inputs, cancellationToken);
            foreach (var document in result.Documents)
            {
                if (!int.TryParse(document.Id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) || index >= batch.Count)
                {
                    throw new TextAnalyticsException("invalid-response", "The service answered for a document that was not sent.");
                }

                dropped += Place(text, batch[index], document, entities, relations);
            }
        }

        return Ordered(entities, relations, chunks.Count, chunks.Sum(c => c.Length), dropped);
    }

    /// <summary>Adds the document's entities at their places in the plain text and its relations; returns how many were dropped.</summary>
    internal static int Place(string text, TextChunk chunk, HealthcareDocumentResult document, List<PlacedEntity> entities, List<PlacedRelation> relations)
    {
        var indexes = new int[document.Entities.Count];
        var dropped = 0;
        for (var i = 0; i < document.Entities.Count; i++)
        {
            var entity = document.Entities[i];
            var start = chunk.Start + entity.Offset;
            var end = start + entity.Length;
            if (entity.Offset < 0 || entity.Length <= 0 || end > chunk.End || !text.AsSpan(start, entity.Length).SequenceEqual(entity.Text))
            {
                indexes[i] = -1;
                dropped++;
                continue;
            }

            indexes[i] = entities.Count;
            entities.Add(new PlacedEntity(start, end, entity));
        }

        foreach (var relation in document.Relations)
        {
            var members = new List<(string, int)>();
            foreach (var member in relation.Entities)
            {
                var at = member.EntityIndex();
                if (at >= 0 && at < indexes.Length && indexes[at] >= 0)
                {
                    members.Add((member.Role, indexes[at]));
                }
            }

            if (members.Count >= 2)
            {
                relations.Add(new PlacedRelation(relation.RelationType, members));
            }
        }

        return dropped;
    }

    /// <summary>Entities by position (relations renumbered), so the same answers always give the same reading.</summary>
    private static HealthcareReading Ordered(List<PlacedEntity> entities, List<PlacedRelation> relations, int documents, int characters, int dropped)
    {
        var order = Enumerable.Range(0, entities.Count).OrderBy(i => entities[i].Start).ThenBy(i => entities[i].End).ThenBy(i => entities[i].Category, StringComparer.Ordinal).ToArray();
        var newIndex = new int[entities.Count];
        for (var i = 0; i < order.Length; i++)
        {
            newIndex[order[i]] = i;
        }

        return new HealthcareReading
        {
            Entities = [.. order.Select(i => entities[i])],
            Relations = [.. relations.Select(r => r with { Members = [.. r.Members.Select(m => (m.Role, newIndex[m.Entity]))] })],
            DocumentsSent = documents,
            CharactersSent = characters,
            Dropped = dropped,
        };
    }

    private static HealthcareLimits Checked(HealthcareLimits limits)
    {
        limits.Validate();
        return limits;
    }
}
