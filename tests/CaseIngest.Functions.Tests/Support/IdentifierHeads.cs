using Azure.Data.Tables;
using CaseIngest.Storage;
using CaseIngest.Storage.Entities;
using CaseIngest.Storage.Keys;

namespace CaseIngest.Functions.Tests.Support;

/// <summary>Reads and removes identifier heads straight from the index table.</summary>
internal static class IdentifierHeads
{
    /// <summary>The record ids the head of a link key lists, in order; empty when there is no head.</summary>
    public static async Task<List<string>> MembersAsync(StorageTables tables, string key)
    {
        var head = await tables.Index.GetEntityIfExistsAsync<TableEntity>(LinkKeys.Partition(key), LinkHeads.Row);
        return [.. LinkHeads.MembersOf(head.HasValue ? head.Value : null).Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>Makes a stored record look as versions before the heads left it: no heads, no mark on its case row.</summary>
    public static async Task ForgetAsync(StorageTables tables, string recordId, IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            await tables.Index.DeleteEntityAsync(LinkKeys.Partition(key), LinkHeads.Row);
        }

        var caseRow = (await tables.Cases.GetEntityAsync<TableEntity>(recordId, CaseEntityMapper.Row)).Value;
        caseRow.Remove("LinkHeads");
        await tables.Cases.UpdateEntityAsync(caseRow, caseRow.ETag, TableUpdateMode.Replace);
    }
}
