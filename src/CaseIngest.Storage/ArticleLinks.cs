using Azure;
using Azure.Data.Tables;
using CaseIngest.Storage.Entities;
using CaseIngest.Storage.Keys;

namespace CaseIngest.Storage;

/// <summary>
/// The identifier heads (<see cref="LinkHeads"/>) and the search over them: starting from some link keys, every
/// document that states one of them, then every document that states one of theirs, and so on. Each key is one point
/// read; the search reads at most <see cref="MaxKeys"/> heads, one breadth-first level at a time.
/// </summary>
internal sealed class ArticleLinks(StorageTables tables)
{
    /// <summary>
    /// Identifier heads one search reads at most. One article has one DOI, PMID, PMCID and a hash per distinct
    /// document; a group reaching further is cut here, and its documents beyond the cut are not joined to it.
    /// </summary>
    public const int MaxKeys = 64;

    /// <summary>Tries of one head update that lost to concurrent writers of the same head, before it gives up (an error).</summary>
    private const int MaxHeadAttempts = 24;

    private const int Parallelism = 8;

    /// <summary>
    /// Enters the document (with all its keys) in the head of each key it states and takes it out of the heads of keys
    /// it no longer states. Returns each entered head's members as written, and whether one of them listed another
    /// document at that moment. <paramref name="expectNew"/>: no record is stored under this id, so its keys are most
    /// likely stated by no one yet; each head is then inserted without being read first (a key some other document
    /// already states fails the insert and is read and written as usual).
    /// </summary>
    public async Task<EnteredHeads> WriteAsync(string recordId, IReadOnlyList<string> keys, IEnumerable<string> removed, bool expectNew, CancellationToken cancellationToken)
    {
        var shared = 0;
        var heads = new System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(keys, Options(cancellationToken), async (key, token) =>
        {
            var members = await UpdateHeadAsync(key, m => Enter(m, recordId, keys), expectNew, token).ConfigureAwait(false);
            heads[key] = members;
            if (members.Keys.Any(id => !string.Equals(id, recordId, StringComparison.Ordinal)))
            {
                Interlocked.Increment(ref shared);
            }
        }).ConfigureAwait(false);
        await DeleteAsync(recordId, [.. removed.Except(keys, StringComparer.Ordinal)], cancellationToken).ConfigureAwait(false);
        return new EnteredHeads(shared > 0, heads);
    }

    /// <summary>
    /// Takes the document out of the heads of these keys (a head left empty is deleted), and deletes the per-document
    /// identifier rows (RowKey = record id) that versions before the heads wrote.
    /// </summary>
    public Task DeleteAsync(string recordId, IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(keys, Options(cancellationToken), async (key, token) =>
        {
            _ = await UpdateHeadAsync(key, m => m.Remove(recordId), insertFirst: false, token).ConfigureAwait(false);
            try
            {
                await tables.Index.DeleteEntityAsync(LinkKeys.Partition(key), recordId, ETag.All, token).ConfigureAwait(false);
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                // None written, or already gone.
            }
        });

    /// <summary>
    /// Whether no document but <paramref name="recordId"/> states any of <paramref name="keys"/>: one point read per
    /// identifier head, read at once, and no walk beyond them.
    /// </summary>
    public async Task<bool> IsAloneAsync(string recordId, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var heads = await Task.WhenAll(keys.Select(k => ReadHeadAsync(k, cancellationToken))).ConfigureAwait(false);
        return heads.All(head => LinkHeads.MembersOf(head) is { Count: 1 } members && members.ContainsKey(recordId));
    }

    /// <summary>The documents joined to any of <paramref name="seeds"/> through shared link keys.</summary>
    public Task<ArticleComponent> ComponentAsync(IEnumerable<string> seeds, CancellationToken cancellationToken) =>
        ComponentAsync(seeds, null, cancellationToken);

    /// <summary>
    /// As <see cref="ComponentAsync(IEnumerable{string}, CancellationToken)"/>; the heads in <paramref name="known"/>
    /// (as this caller has just written them) are taken as read instead of being read again.
    /// </summary>
    public async Task<ArticleComponent> ComponentAsync(IEnumerable<string> seeds, IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>? known, CancellationToken cancellationToken)
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
            var heads = await Task.WhenAll(level.Select(k => known is not null && known.TryGetValue(k, out var written)
                ? Task.FromResult(written)
                : ReadMembersAsync(k, cancellationToken))).ConfigureAwait(false);
            var next = new List<string>();
            foreach (var (id, keys) in heads.SelectMany(h => h).OrderBy(m => m.Key, StringComparer.Ordinal))
            {
                members.TryAdd(id, keys);
                next.AddRange(keys.Where(seen.Add));
            }

            level = next;
        }

        return new ArticleComponent(members, Truncated: false);
    }

    private static bool Enter(Dictionary<string, IReadOnlyList<string>> members, string recordId, IReadOnlyList<string> keys)
    {
        if (members.TryGetValue(recordId, out var listed) && listed.SequenceEqual(keys, StringComparer.Ordinal))
        {
            return false;
        }

        members[recordId] = keys;
        return true;
    }

    /// <summary>
    /// Reads a head, changes its member list and writes it back if the change did anything: inserted when there was
    /// none, replaced or deleted (when left empty) only if unchanged since the read, else read and tried again.
    /// <paramref name="insertFirst"/>: the first try takes the head to be missing and inserts it unread, which saves
    /// the read when it is. Returns the members as written (or as read when nothing changed).
    /// </summary>
    private async Task<Dictionary<string, IReadOnlyList<string>>> UpdateHeadAsync(string key, Func<Dictionary<string, IReadOnlyList<string>>, bool> change, bool insertFirst, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var unread = insertFirst && attempt == 1;
            var head = unread ? null : await ReadHeadAsync(key, cancellationToken).ConfigureAwait(false);
            var members = LinkHeads.MembersOf(head);
            if (!change(members))
            {
                return members;
            }

            try
            {
                if (head is null)
                {
                    await tables.Index.AddEntityAsync(LinkHeads.For(key, members), cancellationToken).ConfigureAwait(false);
                }
                else if (members.Count == 0)
                {
                    await tables.Index.DeleteEntityAsync(head.PartitionKey, LinkHeads.Row, head.ETag, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await tables.Index.UpdateEntityAsync(LinkHeads.For(key, members), head.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                }

                return members;
            }
            catch (RequestFailedException ex) when (ex.Status is 404 or 409 or 412 && attempt < MaxHeadAttempts)
            {
                // The head taken to be missing exists (read it now), or another document entered or left the head
                // since it was read: read it again, after a short pause that spreads the writers of a busy head apart.
                if (!unread)
                {
                    await Task.Delay(Random.Shared.Next(1, 5 * attempt), cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    private async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> ReadMembersAsync(string key, CancellationToken cancellationToken) =>
        LinkHeads.MembersOf(await ReadHeadAsync(key, cancellationToken).ConfigureAwait(false));

    private async Task<TableEntity?> ReadHeadAsync(string key, CancellationToken cancellationToken)
    {
        var response = await tables.Index.GetEntityIfExistsAsync<TableEntity>(LinkKeys.Partition(key), LinkHeads.Row, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value : null;
    }

    private static ParallelOptions Options(CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken };
}
