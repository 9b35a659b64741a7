using Azure;
using Azure.Data.Tables;
using CaseIngest.Core.Model;
using CaseIngest.Storage.Entities;
using CaseIngest.Storage.Keys;

namespace CaseIngest.Storage;

/// <summary>
/// The writes of member rows: each in one transaction with the article's head (<see cref="ArticleHeads"/>), which lists
/// the member and gets a new version; the head is inserted when the article has none, else replaced only if unchanged
/// since it was read (a writer that loses reads it again).
/// </summary>
internal sealed partial class ArticleIndex
{
    /// <summary>Tries of one member write that lost to concurrent writers of the same head, before it gives up (an error).</summary>
    private const int MaxHeadAttempts = 24;

    /// <summary>
    /// Writes the source's member row under the article. <paramref name="alone"/>: the caller believes the article is
    /// new (no other document states the source's identifiers), so the head is inserted without being read first.
    /// Returns the row as written with the head's version, and the other members the head lists at that version as
    /// <see cref="ArticleMembers.Unread"/> (a rebuild reads them by key, not the head again); no rows for an article of
    /// more members than are read by key (they are read by query). Where the store's articles may lack a head, the row
    /// as written with no version.
    /// </summary>
    public async Task<ArticleMembers> JoinAsync(CaseRecord record, string articleId, IReadOnlyList<IndexEntry> entries, DateTimeOffset processedAt, bool alone, CancellationToken cancellationToken)
    {
        var row = MemberRows.For(record, articleId, entries, processedAt);
        var (listed, version) = await WriteMemberAsync(row, articleId, alone, null, cancellationToken).ConfigureAwait(false);
        return listed is null || !tables.ArticleHeadsComplete ? new ArticleMembers([row], null)
            : listed.Count <= MaxMemberReads ? new ArticleMembers([row], version) { Unread = [.. listed.Where(id => id != row.RowKey)] }
            : new ArticleMembers([], null);
    }

    /// <summary>
    /// Writes a copy of a member row (from any article) under <paramref name="articleId"/>, only over the source's row
    /// read there: <paramref name="current"/> when it was there (replaced only if still that version), else inserted
    /// only if there is none. Returns the copy as written, with its new ETag (none when the answer carried none); null
    /// when the source's row in the article was written or deleted since it was read, so the copy was not made.
    /// </summary>
    public async Task<TableEntity?> PutAsync(TableEntity member, string articleId, TableEntity? current, CancellationToken cancellationToken)
    {
        var copy = new TableEntity(MemberRows.Partition(articleId), member.RowKey);
        foreach (var (key, value) in member)
        {
            if (key is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag"))
            {
                copy[key] = value;
            }
        }

        var (listed, _) = await WriteMemberAsync(copy, articleId, headless: false, current?.ETag ?? default, cancellationToken).ConfigureAwait(false);
        return listed is null ? null : copy;
    }

    /// <summary>Deletes the source's member row from the article; false when it was not there.</summary>
    public Task<bool> LeaveAsync(string recordId, string articleId, CancellationToken cancellationToken) =>
        RemoveMemberAsync(articleId, recordId, ETag.All, cancellationToken);

    /// <summary>
    /// Deletes the member row <paramref name="row"/> only if it is still the version read; false when it was changed
    /// or deleted meanwhile.
    /// </summary>
    public Task<bool> LeaveIfUnchangedAsync(TableEntity row, CancellationToken cancellationToken) =>
        RemoveMemberAsync(MemberRows.ArticleOf(row), row.RowKey, row.ETag, cancellationToken);

    /// <summary>
    /// Writes a member row and enters it in its article's head, in one transaction; sets the row's new ETag. Returns
    /// the members the head lists now and its version. <paramref name="over"/>: null upserts the row; otherwise the row
    /// is written only over that version (<c>default</c>: only where there is none), and a row written or deleted by
    /// another writer since returns no members (null) and writes nothing.
    /// </summary>
    private async Task<(SortedSet<string>? Listed, string? Version)> WriteMemberAsync(TableEntity row, string articleId, bool headless, ETag? over, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var head = headless && attempt == 1 ? null : await ReadHeadAsync(articleId, cancellationToken).ConfigureAwait(false);
            var listed = ArticleHeads.MembersOf(head);
            listed.Add(row.RowKey);
            var next = ArticleHeads.For(articleId, listed);
            TableTransactionAction[] actions =
            [
                over is not { } version ? new(TableTransactionActionType.UpsertReplace, row)
                    : version == default ? new(TableTransactionActionType.Add, row)
                    : new(TableTransactionActionType.UpdateReplace, row, version),
                head is null ? new(TableTransactionActionType.Add, next) : new(TableTransactionActionType.UpdateReplace, next, head.ETag),
            ];
            try
            {
                var response = await tables.Index.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
                row.ETag = response.Value.Count > 0 ? response.Value[0].Headers.ETag ?? default : default;
                return (listed, ArticleHeads.VersionOf(next));
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 404 or 409 or 412 && attempt < MaxHeadAttempts)
            {
                // Either the member row is no longer the version it is written over (nothing is written), or the head
                // was written (or inserted, or deleted) by another writer since it was read: read it again.
                if (over is { } expected && await MemberAsync(articleId, row.RowKey, cancellationToken).ConfigureAwait(false) is var now
                    && (expected == default ? now is not null : now is null || now.ETag != expected))
                {
                    return (null, null);
                }

                await PauseAsync(attempt, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Deletes a member row (if it still has <paramref name="ifMatch"/>) and takes it out of its article's head, in one
    /// transaction; the head is deleted when it lists no one else. A member row the head does not list (written
    /// before heads) is deleted alone. False when the row was not there or had changed.
    /// </summary>
    private async Task<bool> RemoveMemberAsync(string articleId, string recordId, ETag ifMatch, CancellationToken cancellationToken)
    {
        var partition = MemberRows.Partition(articleId);
        for (var attempt = 1; ; attempt++)
        {
            var head = await ReadHeadAsync(articleId, cancellationToken).ConfigureAwait(false);
            var listed = ArticleHeads.MembersOf(head);
            if (head is null || !listed.Remove(recordId))
            {
                return await DeleteIfExistsAsync(partition, recordId, ifMatch, cancellationToken).ConfigureAwait(false);
            }

            TableTransactionAction[] actions =
            [
                new(TableTransactionActionType.Delete, new TableEntity(partition, recordId), ifMatch),
                listed.Count == 0
                    ? new(TableTransactionActionType.Delete, head, head.ETag)
                    : new(TableTransactionActionType.UpdateReplace, ArticleHeads.For(articleId, listed), head.ETag),
            ];
            try
            {
                await tables.Index.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 404 or 409 or 412 && attempt < MaxHeadAttempts)
            {
                // Either the member row is gone or changed (it is then not removed here), or the head changed meanwhile
                // (read it again).
                var member = await MemberAsync(articleId, recordId, cancellationToken).ConfigureAwait(false);
                if (member is null)
                {
                    await DropFromHeadAsync(articleId, recordId, cancellationToken).ConfigureAwait(false);
                    return false;
                }

                if (ifMatch != ETag.All && member.ETag != ifMatch)
                {
                    return false;
                }

                await PauseAsync(attempt, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Takes a record id whose member row is gone out of the article's head (deleting a head left empty). The row is
    /// looked for again after the head is read: a writer that filed the source again meanwhile wrote the row and the
    /// head together, so a row found then is listed by the head read and stays; a row written after that read changes
    /// the head, and the conditional update of the head fails and is tried again.
    /// </summary>
    private async Task DropFromHeadAsync(string articleId, string recordId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var head = await ReadHeadAsync(articleId, cancellationToken).ConfigureAwait(false);
            var listed = ArticleHeads.MembersOf(head);
            if (head is null || !listed.Remove(recordId)
                || await MemberAsync(articleId, recordId, cancellationToken).ConfigureAwait(false) is not null)
            {
                return;
            }

            try
            {
                if (listed.Count == 0)
                {
                    await tables.Index.DeleteEntityAsync(head.PartitionKey, head.RowKey, head.ETag, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await tables.Index.UpdateEntityAsync(ArticleHeads.For(articleId, listed), head.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                }

                return;
            }
            catch (RequestFailedException ex) when (ex.Status is 404 or 412 && attempt < MaxHeadAttempts)
            {
                // The head changed since it was read: read it again.
                await PauseAsync(attempt, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>A short random pause that spreads the writers of a busy head apart.</summary>
    private static Task PauseAsync(int attempt, CancellationToken cancellationToken) =>
        Task.Delay(Random.Shared.Next(1, 5 * attempt), cancellationToken);
}
