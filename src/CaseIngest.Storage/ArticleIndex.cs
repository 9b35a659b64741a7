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
/// complete set. The members are found through the article's head (<see cref="ArticleHeads"/>) by point reads, and the
/// check for changes is a point read of the head; a store whose articles may lack a head reads them by query.
/// </summary>
internal sealed partial class ArticleIndex(StorageTables tables)
{
    private const int MaxRounds = 8;
    private const int Parallelism = 8;

    /// <summary>The version an article without a head stands at (it has no members).</summary>
    private const string NoHead = "";

    /// <summary>Member rows of one article read by key at most; an article with more is read by a query over its partition.</summary>
    private const int MaxMemberReads = 64;

    /// <summary>The member row of one source in an article, or null.</summary>
    public async Task<TableEntity?> MemberAsync(string articleId, string recordId, CancellationToken cancellationToken)
    {
        var response = await tables.Index.GetEntityIfExistsAsync<TableEntity>(MemberRows.Partition(articleId), recordId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value : null;
    }

    /// <summary>The member rows of an article, in record id order.</summary>
    public async Task<List<TableEntity>> MembersAsync(string articleId, CancellationToken cancellationToken) =>
        (await ReadMembersAsync(articleId, cancellationToken).ConfigureAwait(false)).Rows;

    /// <summary>
    /// Rebuilds the article's index rows from its member rows. <paramref name="departed"/>: partition keys a member
    /// held before (an earlier version, or a source that left); those no member holds any longer are deleted.
    /// <paramref name="expected"/>: the members as the caller has just written its own member row (that row, the
    /// head's version it wrote, the other members the head listed then); the first round builds from them, reading
    /// only the other member rows by key, and the read that checks the set afterwards sends it round again, reading
    /// everything, when the article changed meanwhile. A rebuild that is still sent round after
    /// <see cref="MaxRounds"/> stops without an error: the article changed after its last read, and the writer of that
    /// change rebuilds after its own write, so the last writer of an article always finishes on the complete set.
    /// </summary>
    public async Task RebuildAsync(string articleId, IReadOnlyCollection<string> departed, CancellationToken cancellationToken, ArticleMembers? expected = null)
    {
        for (var round = 0; round < MaxRounds; round++)
        {
            var read = round == 0 && expected is { Rows.Count: > 0 } known && (known.HeadVersion is not null || known.Rows.All(r => r.ETag != default))
                ? await CompleteAsync(articleId, known, cancellationToken).ConfigureAwait(false)
                : await ReadMembersAsync(articleId, cancellationToken).ConfigureAwait(false);
            var members = read.Rows;
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

            if (await UnchangedAsync(articleId, read, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            // A source joined, changed or left meanwhile: what was written may miss it, so build again from the new set.
            departed = [.. departed.Union(entries.Keys, StringComparer.Ordinal)];
        }
    }

    /// <summary>
    /// Whether the article's member rows are still those read: the head's version when they were read under a head
    /// (every member write changes it), else the member rows' versions, read again by query.
    /// </summary>
    private async Task<bool> UnchangedAsync(string articleId, ArticleMembers read, CancellationToken cancellationToken)
    {
        if (read.HeadVersion is not null)
        {
            return (ArticleHeads.VersionOf(await ReadHeadAsync(articleId, cancellationToken).ConfigureAwait(false)) ?? NoHead) == read.HeadVersion;
        }

        var after = await QueryMembersAsync(articleId, cancellationToken).ConfigureAwait(false);
        return Versions(after).SetEquals(Versions(read.Rows));
    }

    /// <summary>
    /// The member rows of an article with the version of the head they were read under: the head, then each member
    /// row it lists, by key; no rows when there is no head (every member write enters its head). By query, with no
    /// version, where the store's articles may lack a head, and by query under the head's version for an article of
    /// more than <see cref="MaxMemberReads"/> sources.
    /// </summary>
    private async Task<ArticleMembers> ReadMembersAsync(string articleId, CancellationToken cancellationToken)
    {
        if (!tables.ArticleHeadsComplete)
        {
            return new ArticleMembers(await QueryMembersAsync(articleId, cancellationToken).ConfigureAwait(false), null);
        }

        if (await ReadHeadAsync(articleId, cancellationToken).ConfigureAwait(false) is not { } head)
        {
            return new ArticleMembers([], NoHead);
        }

        var listed = ArticleHeads.MembersOf(head);
        if (listed.Count > MaxMemberReads)
        {
            return new ArticleMembers(await QueryMembersAsync(articleId, cancellationToken).ConfigureAwait(false), ArticleHeads.VersionOf(head));
        }

        var rows = await Task.WhenAll(listed.Select(id => MemberAsync(articleId, id, cancellationToken))).ConfigureAwait(false);
        return new ArticleMembers([.. rows.OfType<TableEntity>()], ArticleHeads.VersionOf(head));
    }

    /// <summary>Members known but for the rows of <see cref="ArticleMembers.Unread"/>, which are read by key and added.</summary>
    private async Task<ArticleMembers> CompleteAsync(string articleId, ArticleMembers known, CancellationToken cancellationToken)
    {
        if (known.Unread.Count == 0)
        {
            return known;
        }

        var rows = await Task.WhenAll(known.Unread.Select(id => MemberAsync(articleId, id, cancellationToken))).ConfigureAwait(false);
        return new ArticleMembers([.. known.Rows.Concat(rows.OfType<TableEntity>()).OrderBy(r => r.RowKey, StringComparer.Ordinal)], known.HeadVersion);
    }

    /// <summary>The member rows of an article by a query over its partition (the head left out), in record id order.</summary>
    private async Task<List<TableEntity>> QueryMembersAsync(string articleId, CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {MemberRows.Partition(articleId)}");
        await foreach (var row in tables.Index.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (!ArticleHeads.IsHead(row))
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    private async Task<TableEntity?> ReadHeadAsync(string articleId, CancellationToken cancellationToken)
    {
        var response = await tables.Index.GetEntityIfExistsAsync<TableEntity>(MemberRows.Partition(articleId), ArticleHeads.Row, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value : null;
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
