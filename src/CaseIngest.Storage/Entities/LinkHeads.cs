using System.Text.Json;
using Azure.Data.Tables;
using CaseIngest.Storage.Keys;

namespace CaseIngest.Storage.Entities;

/// <summary>
/// Identifier heads: one row per link key, PartitionKey <c>ident|&lt;kind&gt;|&lt;encoded value&gt;</c>
/// (<see cref="LinkKeys.Partition"/>), RowKey <c>head</c>, listing every document that states the key with all of that
/// document's link keys (<c>Members</c>, JSON, in chunks). Read by key, so finding the documents that share an
/// identifier is a point read per identifier; written with ETags (a conditional insert for a new key), so concurrent
/// writers never lose each other's entries.
/// </summary>
internal static class LinkHeads
{
    /// <summary>Not a record id (those are 32 hex digits), so a head never collides with a per-document row.</summary>
    public const string Row = "head";

    private const string MembersPrefix = "Members";
    private const string ChunksColumn = "MemberChunks";

    public static TableEntity For(string key, IReadOnlyDictionary<string, IReadOnlyList<string>> members)
    {
        var row = new TableEntity(LinkKeys.Partition(key), Row);
        var json = JsonSerializer.Serialize(members.OrderBy(m => m.Key, StringComparer.Ordinal).ToDictionary(m => m.Key, m => m.Value.ToArray(), StringComparer.Ordinal));
        row[ChunksColumn] = CaseEntityMapper.WriteChunks(row, MembersPrefix, json);
        return row;
    }

    /// <summary>The documents a head lists, each with its link keys.</summary>
    public static Dictionary<string, IReadOnlyList<string>> MembersOf(TableEntity? row)
    {
        var members = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var json = row is null ? "" : CaseEntityMapper.ReadChunks(row, MembersPrefix, row.GetInt32(ChunksColumn) ?? 0);
        if (json.Length > 0)
        {
            foreach (var (id, keys) in JsonSerializer.Deserialize<Dictionary<string, string[]>>(json) ?? [])
            {
                members[id] = keys;
            }
        }

        return members;
    }
}
