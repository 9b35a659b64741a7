using Azure.Data.Tables;
using CaseIngest.Storage;
using CaseIngest.Storage.Entities;
using CaseIngest.Storage.Keys;

namespace CaseIngest.Functions.Tests.Support;

/// <summary>
/// Reads the tables row by row to check that what is stored for each record agrees: one case row, the fact rows its
/// record has (no more, no fewer) and the index rows its record has.
/// </summary>
internal static class StoredRows
{
    /// <summary>Every disagreement found, as text; empty when all the records are whole.</summary>
    public static async Task<IReadOnlyList<string>> CheckAsync(StorageTables tables, CaseStore store, IReadOnlyCollection<string> ids)
    {
        var wanted = ids.ToHashSet(StringComparer.Ordinal);
        var caseRows = await GroupAsync(tables.Cases, wanted, r => r.PartitionKey, r => r.RowKey);
        var factRows = await GroupAsync(tables.Facts, wanted, r => r.PartitionKey, r => r.RowKey);
        var indexRows = await GroupAsync(tables.Index, null, r => r.RowKey, r => r.PartitionKey);
        var problems = new System.Collections.Concurrent.ConcurrentQueue<string>();
        await Parallel.ForEachAsync(wanted, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (id, token) =>
        {
            if (caseRows.GetValueOrDefault(id) is not { Count: 1 })
            {
                problems.Enqueue($"{id}: {caseRows.GetValueOrDefault(id)?.Count ?? 0} case rows");
                return;
            }

            var record = await store.GetAsync(id, token);
            if (record is null)
            {
                problems.Enqueue($"{id}: the case row holds no record");
                return;
            }

            var facts = FactRows.For(record).Select(r => r.RowKey).ToList();
            var storedFacts = factRows.GetValueOrDefault(id) ?? [];
            if (!storedFacts.Order(StringComparer.Ordinal).SequenceEqual(facts.Order(StringComparer.Ordinal)))
            {
                problems.Enqueue($"{id}: {storedFacts.Count} fact rows, the record has {facts.Count} facts");
            }

            // The article's index rows hold every entry of each of its sources, and the source's member row names it.
            var articleId = await store.GetArticleIdAsync(record, token);
            var index = IndexKeys.For(record).Select(e => e.PartitionKey).ToList();
            var storedIndex = (indexRows.GetValueOrDefault(articleId) ?? []).ToHashSet(StringComparer.Ordinal);
            var missing = index.Count(k => !storedIndex.Contains(k));
            if (missing > 0)
            {
                problems.Enqueue($"{id}: {missing} of the record's {index.Count} index entries have no row in its article");
            }

            if (!(indexRows.GetValueOrDefault(id) ?? []).Contains("article|" + articleId))
            {
                problems.Enqueue($"{id}: no member row in its article");
            }
        });
        return [.. problems];
    }

    /// <summary>Ids of the records whose document name starts with <paramref name="prefix"/>, with how many case rows each has.</summary>
    public static async Task<Dictionary<string, int>> CaseRowsByNameAsync(StorageTables tables, string prefix)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        await foreach (var row in tables.Cases.QueryAsync<TableEntity>(select: ["PartitionKey", "Name"]))
        {
            if (row.GetString("Name") is { } name && name.StartsWith(prefix, StringComparison.Ordinal))
            {
                counts[row.PartitionKey] = counts.GetValueOrDefault(row.PartitionKey) + 1;
            }
        }

        return counts;
    }

    private static async Task<Dictionary<string, List<string>>> GroupAsync(TableClient table, HashSet<string>? wanted, Func<TableEntity, string> id, Func<TableEntity, string> value)
    {
        var groups = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await foreach (var row in table.QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"]))
        {
            var key = id(row);
            if (wanted is null || wanted.Contains(key))
            {
                if (!groups.TryGetValue(key, out var list))
                {
                    groups[key] = list = [];
                }

                list.Add(value(row));
            }
        }

        return groups;
    }
}
