using Azure.Data.Tables;

namespace CaseIngest.Storage.Entities;

/// <summary>
/// Article heads: one row per article beside its member rows (PartitionKey <c>article|&lt;article id&gt;</c>, RowKey
/// <c>head</c>), listing the record id of every member row (<c>Members</c>, in chunks) and a <c>Version</c> that is new
/// at every write. A member row is only written or deleted in one transaction with its head, so the head names all of
/// the article's member rows and its version changes whenever one of them does: the members are found by point reads
/// (the head, then each member row) instead of a query over the article's partition, and a rebuild checks that none
/// changed while it ran by reading the head's version.
/// </summary>
internal static class ArticleHeads
{
    /// <summary>Not a record id (those are 32 hex digits), so a head never collides with a member row.</summary>
    public const string Row = "head";

    private const string MembersPrefix = "Members";
    private const string ChunksColumn = "MemberChunks";
    private const string VersionColumn = "Version";

    public static TableEntity For(string articleId, IEnumerable<string> members)
    {
        var row = new TableEntity(MemberRows.Partition(articleId), Row);
        row[ChunksColumn] = CaseEntityMapper.WriteChunks(row, MembersPrefix, string.Join('\n', members.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)));
        row[VersionColumn] = Guid.NewGuid().ToString("N");
        return row;
    }

    /// <summary>The record ids a head lists, in order; empty for no head.</summary>
    public static SortedSet<string> MembersOf(TableEntity? row)
    {
        var text = row is null ? "" : CaseEntityMapper.ReadChunks(row, MembersPrefix, row.GetInt32(ChunksColumn) ?? 0);
        return new SortedSet<string>(text.Split('\n', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
    }

    /// <summary>The head's version; null for no head.</summary>
    public static string? VersionOf(TableEntity? row) => row?.GetString(VersionColumn);

    /// <summary>Whether a row of an article's partition is its head rather than a member row.</summary>
    public static bool IsHead(TableEntity row) => row.RowKey == Row;
}
