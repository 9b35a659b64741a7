using System.Text.Json;
using System.Text.Json.Nodes;
using CaseIngest.Core.Json;
using CaseIngest.Core.Model;
using CaseIngest.Storage;

namespace CaseIngest.Application;

/// <summary>
/// An article as all its sources tell it: the article metadata (each field from the first source that has it), the
/// sources (distinct documents, each with every name it was stored under), and the facts of every source merged:
/// a fact several sources state alike (apart from where the text says it) is listed once, with <c>sources</c> naming
/// the record ids that state it and <c>evidence</c> from the first of them.
/// </summary>
internal static class ArticleView
{
    private static readonly string[] FactLists = ["patients", "diagnoses", "drugs", "radiotherapy", "markers", "outcomes", "adverseEvents"];

    public static JsonObject Build(string articleId, IReadOnlyList<CaseRecord> records)
    {
        var ordered = records.OrderByDescending(FactCount).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
        var view = new JsonObject { ["id"] = articleId };
        var article = new JsonObject();
        foreach (var record in ordered)
        {
            foreach (var (name, value) in JsonSerializer.SerializeToNode(record.Article, CaseJson.Options)!.AsObject())
            {
                if (!article.ContainsKey(name) || IsEmpty(article[name]))
                {
                    article[name] = value?.DeepClone();
                }
            }
        }

        view["article"] = article;
        var sources = new JsonArray();
        foreach (var document in ordered.GroupBy(r => r.Document.Sha256, StringComparer.Ordinal))
        {
            var first = document.First();
            sources.Add(new JsonObject
            {
                ["id"] = first.Id,
                ["name"] = first.Document.Name,
                ["format"] = first.Document.Format,
                ["sha256"] = first.Document.Sha256,
                ["aliases"] = new JsonArray([.. document.Skip(1).Select(r => (JsonNode)new JsonObject { ["id"] = r.Id, ["name"] = r.Document.Name })]),
            });
        }

        view["sources"] = sources;
        foreach (var list in FactLists)
        {
            var merged = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
            var order = new List<string>();
            foreach (var record in ordered)
            {
                var node = JsonSerializer.SerializeToNode(record, CaseJson.Options)!.AsObject();
                foreach (var fact in node[list]?.AsArray() ?? [])
                {
                    var item = fact!.AsObject().DeepClone().AsObject();
                    var key = item.DeepClone().AsObject();
                    key.Remove("evidence");
                    var text = key.ToJsonString();
                    if (!merged.TryGetValue(text, out var existing))
                    {
                        item["sources"] = new JsonArray();
                        merged[text] = existing = item;
                        order.Add(text);
                    }

                    var ids = existing["sources"]!.AsArray();
                    if (!ids.Any(i => i!.GetValue<string>() == record.Id))
                    {
                        ids.Add(record.Id);
                    }
                }
            }

            view[list] = new JsonArray([.. order.Select(k => (JsonNode)merged[k])]);
        }

        return view;
    }

    private static bool IsEmpty(JsonNode? node) => node is null || (node is JsonArray array && array.Count == 0);

    private static int FactCount(CaseRecord r) =>
        r.Diagnoses.Count + r.Drugs.Count + r.Radiotherapy.Count + r.Markers.Count + r.Outcomes.Count + r.AdverseEvents.Count;
}
