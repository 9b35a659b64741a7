using System.Text.Json;
using Azure.Data.Tables;
using CaseIngest.Core.Model;
using CaseIngest.Storage.Keys;

namespace CaseIngest.Storage.Entities;

/// <summary>
/// An article's member rows: PartitionKey <c>article|&lt;article id&gt;</c>, RowKey = record id, one per source
/// document, each with the source's summary columns and its index entries. The article's index rows are made from
/// these rows alone, so any writer can rebuild them without reading records.
/// </summary>
internal static class MemberRows
{
    private const string EntriesPrefix = "Entries";

    private const string PartitionPrefix = "article|";

    public static string Partition(string articleId) => PartitionPrefix + articleId;

    /// <summary>The article id a member row is filed under.</summary>
    public static string ArticleOf(TableEntity row) => row.PartitionKey[PartitionPrefix.Length..];

    public static TableEntity For(CaseRecord record, string articleId, IReadOnlyList<IndexEntry> entries, DateTimeOffset processedAt)
    {
        var row = new TableEntity(Partition(articleId), record.Id);
        CaseEntityMapper.WriteSummary(row, record, processedAt);
        SetIfPresent(row, "Pmcid", record.Article.Pmcid);
        var json = JsonSerializer.Serialize(entries.Select(e => new[] { e.PartitionKey, e.Facet, e.Value }));
        row["EntryChunks"] = CaseEntityMapper.WriteChunks(row, EntriesPrefix, json);
        return row;
    }

    public static IReadOnlyList<IndexEntry> EntriesOf(TableEntity row)
    {
        var json = CaseEntityMapper.ReadChunks(row, EntriesPrefix, row.GetInt32("EntryChunks") ?? 0);
        return json.Length == 0
            ? []
            : [.. (JsonSerializer.Deserialize<string[][]>(json) ?? []).Where(e => e.Length == 3).Select(e => new IndexEntry(e[0], e[1], e[2]))];
    }

    private static void SetIfPresent(TableEntity entity, string key, string? value)
    {
        if (value is not null)
        {
            entity[key] = value;
        }
    }
}
