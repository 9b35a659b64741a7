using Azure;
using Azure.Data.Tables;
using CaseIngest.Core.Model;
using CaseIngest.Storage.Entities;

namespace CaseIngest.Storage;

/// <summary>The fact rows of <see cref="CaseStore"/>: one partition per record in the facts table.</summary>
public sealed partial class CaseStore
{
    /// <summary>Upserts the record's fact rows in batches (one partition per record) and deletes rows an earlier version left.</summary>
    private async Task<int> WriteFactsAsync(CaseRecord record, bool replacing, CancellationToken cancellationToken)
    {
        var rows = FactRows.For(record);
        foreach (var chunk in rows.Chunk(BatchSize))
        {
            await _tables.Facts.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)), cancellationToken).ConfigureAwait(false);
        }

        return replacing ? await DeleteFactsAsync(record.Id, rows.Select(r => r.RowKey).ToHashSet(StringComparer.Ordinal), cancellationToken).ConfigureAwait(false) : 0;
    }

    /// <summary>Deletes the fact rows of a record other than <paramref name="keep"/>; returns how many there were.</summary>
    private async Task<int> DeleteFactsAsync(string id, IReadOnlySet<string> keep, CancellationToken cancellationToken)
    {
        var stale = new List<string>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {id}");
        await foreach (var row in _tables.Facts.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (!keep.Contains(row.RowKey))
            {
                stale.Add(row.RowKey);
            }
        }

        // The rows share the record's partition, so they go in transactions of up to a hundred deletes. A transaction
        // fails whole when one of its rows is already gone (a concurrent delivery of the same document deleted it);
        // its rows are then deleted one by one, each gone row skipped.
        foreach (var chunk in stale.Chunk(BatchSize))
        {
            try
            {
                await _tables.Facts.SubmitTransactionAsync(chunk.Select(k => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(id, k), ETag.All)), cancellationToken).ConfigureAwait(false);
            }
            catch (TableTransactionFailedException ex) when (ex.Status == 404)
            {
                await Parallel.ForEachAsync(chunk, Options(cancellationToken), async (rowKey, token) =>
                    await DeleteIfExistsAsync(_tables.Facts, id, rowKey, token).ConfigureAwait(false)).ConfigureAwait(false);
            }
        }

        return stale.Count;
    }
}
