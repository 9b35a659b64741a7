using Azure.Data.Tables;
using CaseIngest.Storage.Keys;

namespace CaseIngest.Storage.Entities;

/// <summary>
/// Identifier rows: PartitionKey <c>ident|&lt;kind&gt;|&lt;encoded value&gt;</c> (<see cref="LinkKeys.Partition"/>),
/// RowKey = record id, one per link key of each document. Each row carries all the document's link keys
/// (<c>Links</c>, one a line), so one partition query gives the documents that state an identifier and what else
/// they state. Case rows carry the same column.
/// </summary>
internal static class LinkRows
{
    public const string Column = "Links";

    public static TableEntity For(string recordId, string key, IReadOnlyList<string> keys) =>
        new(LinkKeys.Partition(key), recordId) { [Column] = string.Join('\n', keys) };

    /// <summary>The link keys a case row or an identifier row carries (none on rows written before links were kept).</summary>
    public static IReadOnlyList<string> KeysOf(TableEntity row) =>
        row.GetString(Column) is { Length: > 0 } text ? text.Split('\n') : [];
}
