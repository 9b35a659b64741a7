using Azure;
using Azure.Data.Tables;
using CaseIngest.Core.Model;
using CaseIngest.Storage.Entities;
using CaseIngest.Storage.Keys;

namespace CaseIngest.Storage;

/// <summary>
/// One set of index rows per article. Each source document writes its member row (its summary and index entries)
/// under the article's id; the article's index rows (RowKey = article id) are then rebuilt from all member rows:
/// the union of their entries, with a merged summary. The rebuild depends only on what the member rows hold, so it is
/// idempotent and the same whichever source came first. A rebuild whose member rows changed while it ran (another
/// source of the article saved or deleted at the same time) runs again, so the last writer always wrote from the
/// complete set.
/// </summary>
internal sealed class ArticleIndex(StorageTables tables)
{
    private const int MaxRounds = 8;
    private const int Parallelism = 8;

    /// <summary>Writes the source's member row under the article; returns the row as written (with its new ETag).</summary>
    public async Task<TableEntity> JoinAsync(CaseRecord record, string articleId, IReadOnlyList<IndexEntry> entries, DateTimeOffset processedAt, CancellationToken cancellationToken)
    {
        var row = MemberRows.For(record, articleId, entries, processedAt);
        var response = await tables.Index.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        row.ETag = response.Headers.ETag ?? default;
        return row;
    }

    /// <summary>Deletes the source's member row from the article; false when it was not there.</summary>
    public Task<bool> LeaveAsync(string recordId, string articleId, CancellationToken cancellationToken) =>
        DeleteIfExistsAsync(MemberRows.Partition(articleId), recordId, ETag.All, cancellationToken);

    /// <summary>
    /// Deletes the member row <paramref name="row"/> only if it is still the version read; false when it was changed
    /// or deleted meanwhile.
    /// </summary>
    public Task<bool> LeaveIfUnchangedAsync(TableEntity row, CancellationToken cancellationToken) =>
        DeleteIfExistsAsync(row.PartitionKey, row.RowKey, row.ETag, cancellationToken);

    /// <summary>Writes a copy of a member row (from any article) under <paramref name="articleId"/>; returns the copy as written.</summary>
    public async Task<TableEntity> PutAsync(TableEntity member, string articleId, CancellationToken cancellationToken)
    {
        var copy = new TableEntity(MemberRows.Partition(articleId), member.RowKey);
        foreach (var (key, value) in member)
        {
            if (key is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag"))
            {
                copy[key] = value;
            }
        }

        var response = await tables.Index.UpsertEntityAsync(copy, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        copy.ETag = response.Headers.ETag ?? ETag.All;
        return copy;
    }

    /// <summary>The member row of one source in an article, or null.</summary>
    public async Task<TableEntity?> MemberAsync(string articleId, string recordId, CancellationToken cancellationToken)
    {
        var response = await tables.Index.GetEntityIfExistsAsync<TableEntity>(MemberRows.Partition(articleId), recordId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value : null;
    }

    /// <summary>The member rows of an article, in record id order.</summary>
    public async Task<List<TableEntity>> MembersAsync(string articleId, CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {MemberRows.Partition(articleId)}");
        await foreach (var row in tables.Index.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>
    /// Rebuilds the article's index rows from its member rows. <paramref name="departed"/>: partition keys a member
    /// held before (an earlier version, or a source that left); those no member holds any longer are deleted.
    /// <paramref name="expected"/>: the member rows the caller has just written and believes to be all of them (a
    /// source alone in its article); the first round builds from them without reading, and the read that checks the
    /// set afterwards sends it round again, reading, when they were not all.
    /// </summary>
    public async Task RebuildAsync(string articleId, IReadOnlyCollection<string> departed, CancellationToken cancellationToken, IReadOnlyList<TableEntity>? expected = null)
    {
        for (var round = 0; round < MaxRounds; round++)
        {
            var members = round == 0 && expected is { Count: > 0 } known && known.All(r => r.ETag != default)
                ? [.. known]
                : await MembersAsync(articleId, cancellationToken).ConfigureAwait(false);
            var entries = new Dictionary<string, IndexEntry>(StringComparer.Ordinal);
            foreach (var member in members)
            {
                foreach (var entry in MemberRows.EntriesOf(member))
                {
                    entries.TryAdd(entry.PartitionKey, entry);
                }
            }

            if (members.Count > 0)
            {
                var summary = ArticleSummary.Merge(members);
                await Parallel.ForEachAsync(entries.Values, Options(cancellationToken), async (entry, token) =>
                {
                    var row = new TableEntity(summary) { PartitionKey = entry.PartitionKey, RowKey = articleId };
                    row["Facet"] = entry.Facet;
                    row["Value"] = entry.Value;
                    await tables.Index.UpsertEntityAsync(row, TableUpdateMode.Replace, token).ConfigureAwait(false);
                }).ConfigureAwait(false);
            }

            await Parallel.ForEachAsync(departed.Where(k => !entries.ContainsKey(k)), Options(cancellationToken), async (key, token) =>
                _ = await DeleteIfExistsAsync(key, articleId, ETag.All, token).ConfigureAwait(false)).ConfigureAwait(false);

            var after = await MembersAsync(articleId, cancellationToken).ConfigureAwait(false);
            if (Versions(after).SetEquals(Versions(members)))
            {
                return;
            }

            // A source joined, changed or left meanwhile: what was written may miss it, so build again from the new set.
            departed = [.. departed.Union(entries.Keys, StringComparer.Ordinal)];
        }
    }

    /// <summary>Deletes index rows a record wrote before rows were kept per article (RowKey = record id).</summary>
    public Task DeleteRecordRowsAsync(string recordId, IEnumerable<string> partitionKeys, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(partitionKeys, Options(cancellationToken), async (key, token) =>
            _ = await DeleteIfExistsAsync(key, recordId, ETag.All, token).ConfigureAwait(false));

    private static HashSet<string> Versions(IEnumerable<TableEntity> rows) =>
        rows.Select(r => r.RowKey + "@" + r.ETag).ToHashSet(StringComparer.Ordinal);

    private async Task<bool> DeleteIfExistsAsync(string partitionKey, string rowKey, ETag ifMatch, CancellationToken cancellationToken)
    {
        try
        {
            await tables.Index.DeleteEntityAsync(partitionKey, rowKey, ifMatch, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // Already gone, or (for a conditional delete) written again meanwhile.
            return false;
        }
    }

    private static ParallelOptions Options(CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken };
}
