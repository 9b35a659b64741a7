using System.Text.Json.Nodes;

namespace CaseIngest.TextAnalytics.Tests.Double;

/// <summary>
/// The double's stand-in for the health model: finds every occurrence of its terms in a document (ordinal, whole
/// words) and writes the document result in the documented shape: entities with offset and length in UTF-16 code
/// units of that document, relations pointing at entities with JSON pointers, and an empty warnings list.
/// </summary>
internal sealed class HealthModel(IReadOnlyList<Term> terms, IReadOnlyList<Relation>? relations = null)
{
    public JsonObject Read(string id, string text, int documentIndex)
    {
        var found = new List<(int Offset, Term Term)>();
        foreach (var term in terms)
        {
            for (var at = text.IndexOf(term.Text, StringComparison.Ordinal); at >= 0; at = text.IndexOf(term.Text, at + 1, StringComparison.Ordinal))
            {
                var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
                var after = at + term.Text.Length == text.Length || !char.IsLetterOrDigit(text[at + term.Text.Length]);
                if (before && after)
                {
                    found.Add((at, term));
                }
            }
        }

        found.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        var entities = new JsonArray();
        foreach (var (offset, term) in found)
        {
            var entity = new JsonObject
            {
                ["offset"] = offset,
                ["length"] = term.Text.Length,
                ["text"] = term.Text,
                ["category"] = term.Category,
                ["confidenceScore"] = 0.97,
            };
            if (term.Assertion is not null)
            {
                entity["assertion"] = term.Assertion.DeepClone();
            }

            if (term.Name is not null)
            {
                entity["name"] = term.Name;
            }

            if (term.Links is not null)
            {
                entity["links"] = new JsonArray([.. term.Links.Select(l => (JsonNode)new JsonObject { ["dataSource"] = l.Source, ["id"] = l.Id })]);
            }

            entities.Add(entity);
        }

        var relationArray = new JsonArray();
        foreach (var relation in relations ?? [])
        {
            var first = found.FindIndex(f => f.Term.Text == relation.First);
            var second = found.FindIndex(f => f.Term.Text == relation.Second);
            if (first >= 0 && second >= 0)
            {
                relationArray.Add(new JsonObject
                {
                    ["relationType"] = relation.Type,
                    ["confidenceScore"] = 0.9,
                    ["entities"] = new JsonArray(
                        new JsonObject { ["ref"] = $"#/results/documents/{documentIndex}/entities/{first}", ["role"] = relation.FirstRole },
                        new JsonObject { ["ref"] = $"#/results/documents/{documentIndex}/entities/{second}", ["role"] = relation.SecondRole }),
                });
            }
        }

        return new JsonObject { ["id"] = id, ["entities"] = entities, ["relations"] = relationArray, ["warnings"] = new JsonArray() };
    }
}
