using Azure;
using Azure.Data.Tables;
using CaseIngest.Storage.Entities;
using CaseIngest.Storage.Keys;

namespace CaseIngest.Storage;

/// <summary>
/// The identifier rows (<see cref="LinkRows"/>) and the search over them: starting from some link keys, every
/// document that states one of them, then every document that states one of theirs, and so on. The search reads at
/// most <see cref="MaxKeys"/> identifier partitions, one breadth-first level at a time.
/// </summary>
internal sealed class ArticleLinks(StorageTables tables)
{
    /// <summary>
    /// Identifier partitions one search reads at most. One article has one DOI, PMID, PMCID and a hash per distinct
    /// document; a group reaching further is cut here, and its documents beyond the cut are not joined to it.
    /// </summary>
    public const int MaxKeys = 64;

    private const int Parallelism = 8;

    /// <summary>Writes a document's identifier rows and deletes those of keys it no longer states.</summary>
    public async Task WriteAsync(string recordId, IReadOnlyList<string> keys, IEnumerable<string> removed, CancellationToken cancellationToken)
    {
        await Parallel.ForEachAsync(keys, Options(cancellationToken), async (key, token) =>
            await tables.Index.UpsertEntityAsync(LinkRows.For(recordId, key, keys), TableUpdateMode.Replace, token).ConfigureAwait(false)).ConfigureAwait(false);
        await DeleteAsync(recordId, [.. removed.Except(keys, StringComparer.Ordinal)], cancellationToken).ConfigureAwait(false);
    }

    public Task DeleteAsync(string recordId, IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(keys, Options(cancellationToken), async (key, token) =>
        {
            try
            {
                await tables.Index.DeleteEntityAsync(LinkKeys.Partition(key), recordId, ETag.All, token).ConfigureAwait(false);
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                // Already gone.
            }
        });

    /// <summary>
    /// Whether no document but <paramref name="recordId"/> states any of <paramref name="keys"/>: one query per
    /// identifier partition, read at once, and no walk beyond them.
    /// </summary>
    public async Task<bool> IsAloneAsync(string recordId, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var rows = await Task.WhenAll(keys.Select(k => RowsAsync(k, cancellationToken))).ConfigureAwait(false);
        return rows.All(partition => partition.All(row => string.Equals(row.RowKey, recordId, StringComparison.Ordinal)));
    }

    /// <summary>The documents joined to any of <paramref name="seeds"/> through shared link keys.</summary>
    public async Task<ArticleComponent> ComponentAsync(IEnumerable<string> seeds, CancellationToken cancellationToken)
    {
        var members = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var seen = new HashSet<string>(seeds, StringComparer.Ordinal);
        var level = seen.Order(StringComparer.Ordinal).ToList();
        var read = 0;
        while (level.Count > 0)
        {
            if (read + level.Count > MaxKeys)
            {
                level = level[..(MaxKeys - read)];
                if (level.Count == 0)
                {
                    return new ArticleComponent(members, Truncated: true);
                }
            }

            read += level.Count;
            var rows = await Task.WhenAll(level.Select(k => RowsAsync(k, cancellationToken))).ConfigureAwait(false);
            var next = new List<string>();
            foreach (var row in rows.SelectMany(r => r).OrderBy(r => r.RowKey, StringComparer.Ordinal))
            {
                var keys = LinkRows.KeysOf(row);
                members.TryAdd(row.RowKey, keys);
                next.AddRange(keys.Where(seen.Add));
            }

            level = next;
        }

        return new ArticleComponent(members, Truncated: false);
    }

    private async Task<List<TableEntity>> RowsAsync(string key, CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {LinkKeys.Partition(key)}");
        await foreach (var row in tables.Index.QueryAsync<TableEntity>(filter, select: ["RowKey", LinkRows.Column], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        return rows;
    }

    private static ParallelOptions Options(CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken };
}
