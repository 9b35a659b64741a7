using Azure.Data.Tables;
using CaseIngest.Core.Model;
using CaseIngest.Storage.Keys;

namespace CaseIngest.Storage.Entities;

/// <summary>
/// The CaseIndex rows of a record: PartitionKey <c>&lt;facet&gt;|&lt;value&gt;</c>, RowKey = record id, the facet and
/// value, and a copy of the record's summary columns, so a filtered list needs no read of the case rows.
/// </summary>
internal static class IndexRows
{
    public static List<TableEntity> For(CaseRecord record, IReadOnlyList<IndexEntry> entries, DateTimeOffset processedAt)
    {
        var summary = new TableEntity();
        CaseEntityMapper.WriteSummary(summary, record, processedAt);
        var rows = new List<TableEntity>(entries.Count);
        foreach (var entry in entries)
        {
            var row = new TableEntity(summary) { PartitionKey = entry.PartitionKey, RowKey = record.Id };
            row["Facet"] = entry.Facet;
            row["Value"] = entry.Value;
            rows.Add(row);
        }

        return rows;
    }
}
