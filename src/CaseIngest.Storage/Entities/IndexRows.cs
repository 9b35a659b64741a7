using Azure.Data.Tables;
using CaseIngest.Core.Model;
using CaseIngest.Storage.Keys;

namespace CaseIngest.Storage.Entities;

/// <summary>
/// The CaseIndex rows of an article with one source, written in bulk (the load runner's seeding): PartitionKey
/// <c>&lt;facet&gt;|&lt;value&gt;</c>, RowKey = article id, the facet and value, and the source's summary columns, as
/// <see cref="ArticleIndex"/> writes them for a one-source article, its member row and article head, and the heads of
/// its identifiers.
/// </summary>
internal static class IndexRows
{
    public static List<TableEntity> For(CaseRecord record, IReadOnlyList<IndexEntry> entries, DateTimeOffset processedAt)
    {
        var summary = ArticleSummary.Merge([MemberRows.For(record, ArticleIds.Of(record), entries, processedAt)]);
        var rows = new List<TableEntity>(entries.Count);
        foreach (var entry in entries)
        {
            var row = new TableEntity(summary) { PartitionKey = entry.PartitionKey, RowKey = ArticleIds.Of(record) };
            row["Facet"] = entry.Facet;
            row["Value"] = entry.Value;
            rows.Add(row);
        }

        rows.Add(MemberRows.For(record, ArticleIds.Of(record), entries, processedAt));
        rows.Add(ArticleHeads.For(ArticleIds.Of(record), [record.Id]));
        var links = LinkKeys.Of(record);
        rows.AddRange(links.Select(key => LinkHeads.For(key, new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) { [record.Id] = links })));
        return rows;
    }
}
