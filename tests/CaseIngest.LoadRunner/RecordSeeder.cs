using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using CaseIngest.Core.Json;
using CaseIngest.Core.Model;
using CaseIngest.Storage;
using CaseIngest.Storage.Entities;
using CaseIngest.Storage.Keys;

namespace CaseIngest.LoadRunner;

/// <summary>
/// Stores many records fast for the query mode: the same entities <see cref="CaseStore.SaveAsync"/> writes, but
/// index rows grouped by partition into transactions of 100 (seeding is setup, not what is measured).
/// Records too large for one entity go through <see cref="CaseStore.SaveAsync"/>.
/// </summary>
internal static class RecordSeeder
{
    public static async Task SeedAsync(PerfStorage storage, IReadOnlyList<CaseRecord> records, CancellationToken cancellationToken)
    {
        var tables = storage.StorageTables;
        var index = new Dictionary<string, List<TableEntity>>(StringComparer.Ordinal);
        var options = new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken };
        var now = DateTimeOffset.UtcNow;
        await Parallel.ForEachAsync(records, options, async (record, token) =>
        {
            var json = CaseJson.Serialize(record);
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
            var entries = IndexKeys.For(record);
            var keys = entries.Select(e => e.PartitionKey).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var entity = CaseEntityMapper.ToEntity(record, json, hash, null, keys, now, ArticleIds.Of(record));
            if (CaseEntityMapper.IsInBlob(entity))
            {
                await storage.Store.SaveAsync(record, null, token);
                return;
            }

            foreach (var chunk in FactRows.For(record).Chunk(100))
            {
                await tables.Facts.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)), token);
            }

            await tables.Cases.UpsertEntityAsync(entity, TableUpdateMode.Replace, token);
            lock (index)
            {
                foreach (var row in IndexRows.For(record, entries, now))
                {
                    if (!index.TryGetValue(row.PartitionKey, out var rows))
                    {
                        index[row.PartitionKey] = rows = [];
                    }

                    rows.Add(row);
                }
            }
        });

        var batches = index.Values.SelectMany(rows => rows.DistinctBy(r => r.RowKey).Chunk(100)).ToList();
        await Parallel.ForEachAsync(batches, options, async (batch, token) =>
            await tables.Index.SubmitTransactionAsync(batch.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)), token));
    }
}
