using Azure.Data.Tables;
using CaseIngest.Storage.Keys;

namespace CaseIngest.Storage.Entities;

/// <summary>
/// The link keys a case row carries (<c>Links</c>, one a line), so a save knows which keys the stored version stated.
/// Versions before the identifier heads (<see cref="LinkHeads"/>) also wrote a row per key and document
/// (PartitionKey <c>ident|&lt;kind&gt;|&lt;encoded value&gt;</c>, RowKey = record id) with the same column; nothing
/// reads those rows any more, and a delete removes them.
/// </summary>
internal static class LinkRows
{
    public const string Column = "Links";

    /// <summary>The link keys a case row carries (none on rows written before links were kept).</summary>
    public static IReadOnlyList<string> KeysOf(TableEntity row) =>
        row.GetString(Column) is { Length: > 0 } text ? text.Split('\n') : [];
}
