using Azure;
using Azure.Data.Tables;
using CaseIngest.Storage.Entities;
using CaseIngest.Storage.Keys;

namespace CaseIngest.Storage;

/// <summary>
/// The grouping side of <see cref="CaseStore"/>: documents that share a DOI, PMID, PMCID or content hash, directly or
/// through other documents, are one article, named by <see cref="ArticleIds.Of(IEnumerable{string})"/> over all their
/// identifiers. After each save or delete the groups it touched are read again and every member not filed under its
/// group's article is moved there, until a round finds nothing to move; so sources saved at the same time end in one
/// article whichever wrote first.
/// </summary>
public sealed partial class CaseStore
{
    private const int MaxSettleRounds = 8;

    /// <summary>Point reads of member rows one placement makes at most before it reads the articles by query instead.</summary>
    private const int MaxMemberReads = 32;

    /// <summary>
    /// Marks a stored record whose grouping after its save failed for good, so the next state read
    /// (<see cref="StoredState.Ungrouped"/>) has it saved again. Nothing happens when no record is stored.
    /// </summary>
    public async Task MarkUngroupedAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        try
        {
            await _tables.Cases.UpdateEntityAsync(new TableEntity(id, CaseEntityMapper.Row) { [UngroupedColumn] = true }, ETag.All, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Deleted meanwhile: nothing is left to group.
        }
    }

    /// <summary>
    /// After a save whose case row is written: whether the source is alone and filed where the grouping would file it,
    /// so the grouping walk can be skipped. That needs the save to have found no other document stating its
    /// identifiers (<paramref name="aloneBefore"/>, and its case row written over the version it read), no identifier
    /// dropped (the documents it linked may part) and no earlier article left behind, and then a point read of each
    /// identifier head, after the case row, to find it still alone: a document that starts stating one of
    /// them later finds this one, case row and all, when it groups, so one of the two always walks.
    /// </summary>
    private async Task<bool> IsSettledAloneAsync(string id, IReadOnlyList<string> links, IReadOnlyList<string> previousLinks, bool aloneBefore, string? previousArticle, bool wasNew, string articleId, CancellationToken cancellationToken) =>
        aloneBefore
        && (wasNew || previousArticle == articleId)
        && previousLinks.All(k => links.Contains(k, StringComparer.Ordinal))
        && await _links.IsAloneAsync(id, links, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// The grouping after a save's case row: the check of <see cref="IsSettledAloneAsync"/>, and the walk when it
    /// does not find the source settled alone. A walk that does not settle marks the record to be saved again (so the
    /// next delivery of its document walks again, whether or not the grouping was left for later) and throws
    /// <see cref="UnsettledGroupException"/>, which the caller counts as a failure of the document.
    /// </summary>
    private async Task GroupAsync(string id, IReadOnlyList<string> links, IReadOnlyList<string> previousLinks, bool aloneBefore, string? previousArticle, bool wasNew, string articleId, CancellationToken cancellationToken)
    {
        if (await IsSettledAloneAsync(id, links, previousLinks, aloneBefore, previousArticle, wasNew, articleId, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        if (!await SettleAsync([.. links, .. previousLinks], cancellationToken).ConfigureAwait(false))
        {
            await MarkUngroupedAsync(id, cancellationToken).ConfigureAwait(false);
            throw new UnsettledGroupException();
        }
    }

    /// <summary>
    /// Files every document joined to <paramref name="seeds"/> under its group's article. False when the last of
    /// <see cref="MaxSettleRounds"/> rounds still moved a source (other writers kept changing the group), so the
    /// article index is not known to agree with the case rows.
    /// </summary>
    private async Task<bool> SettleAsync(IReadOnlyCollection<string> seeds, CancellationToken cancellationToken)
    {
        for (var round = 0; round < MaxSettleRounds; round++)
        {
            var pending = new SortedSet<string>(seeds, StringComparer.Ordinal);
            var moved = false;
            while (pending.Count > 0)
            {
                var seed = pending.Min!;
                var component = await _links.ComponentAsync([seed], cancellationToken).ConfigureAwait(false);
                pending.Remove(seed);
                pending.ExceptWith(component.Keys);
                moved |= await PlaceAsync(component, cancellationToken).ConfigureAwait(false);
            }

            if (!moved)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Moves each member of the group whose member row is not (only) under the group's article, or whose case row names
    /// another article. A member without a case row is being written or deleted: its writer places it. Returns whether
    /// anything was moved.
    /// </summary>
    private async Task<bool> PlaceAsync(ArticleComponent component, CancellationToken cancellationToken)
    {
        if (component.ArticleId is not { } target)
        {
            return false;
        }

        var candidates = component.CandidateArticles.ToHashSet(StringComparer.Ordinal);
        var found = new Dictionary<string, List<TableEntity>>(StringComparer.Ordinal);
        foreach (var row in await CandidateMembersAsync(candidates, [.. component.Members.Keys], cancellationToken).ConfigureAwait(false))
        {
            if (component.Members.ContainsKey(row.RowKey))
            {
                (found.TryGetValue(row.RowKey, out var rows) ? rows : found[row.RowKey] = []).Add(row);
            }
        }

        var ids = component.Members.Keys.Order(StringComparer.Ordinal).ToList();
        var cases = await Task.WhenAll(ids.Select(id => ReadCaseAsync(id, ["ArticleId"], cancellationToken))).ConfigureAwait(false);
        var moved = false;
        for (var i = 0; i < ids.Count; i++)
        {
            if (cases[i] is not { } caseRow)
            {
                continue;
            }

            var rows = found.GetValueOrDefault(ids[i]) ?? [];
            var recorded = caseRow.GetString("ArticleId");
            if (recorded is not null && !candidates.Contains(recorded) && await _articles.MemberAsync(recorded, ids[i], cancellationToken).ConfigureAwait(false) is { } elsewhere)
            {
                rows.Add(elsewhere);
            }

            if (recorded == target && rows.Count == 1 && MemberRows.ArticleOf(rows[0]) == target)
            {
                continue;
            }

            moved |= await MoveMemberAsync(ids[i], caseRow, rows, target, cancellationToken).ConfigureAwait(false);
        }

        return moved;
    }

    /// <summary>
    /// The member rows the group's sources have in the articles the group could be named after: read by key (one point
    /// read per article and source) when there are at most <see cref="MaxMemberReads"/> of them, else one query per article.
    /// </summary>
    private async Task<IEnumerable<TableEntity>> CandidateMembersAsync(IReadOnlyCollection<string> articles, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        if (articles.Count * ids.Count > MaxMemberReads)
        {
            return (await Task.WhenAll(articles.Select(a => _articles.MembersAsync(a, cancellationToken))).ConfigureAwait(false)).SelectMany(r => r);
        }

        var rows = new System.Collections.Concurrent.ConcurrentBag<TableEntity>();
        await Parallel.ForEachAsync(articles.SelectMany(a => ids.Select(id => (Article: a, Id: id))), Options(cancellationToken), async (pair, token) =>
        {
            if (await _articles.MemberAsync(pair.Article, pair.Id, token).ConfigureAwait(false) is { } row)
            {
                rows.Add(row);
            }
        }).ConfigureAwait(false);
        return rows;
    }

    /// <summary>
    /// Files a source under <paramref name="target"/>: its newest member row (or one made from its record when it has
    /// none) is copied there over the row this walk read there (or where it read none), its case row is updated if it is
    /// still the version read, and its other member rows are deleted if unchanged. Every article touched is rebuilt.
    /// When another walk or a save wrote the source's row in the target since it was read, no copy is made: that writer
    /// places the source, and this walk reads the group again. When the case row changed meanwhile (the source was
    /// saved, deleted or placed by another walk), a copy this walk inserted is taken back if it is still the version
    /// written, so a copy that another writer has since written over (and may have named in the case row) stays.
    /// </summary>
    private async Task<bool> MoveMemberAsync(string id, TableEntity caseRow, IReadOnlyList<TableEntity> rows, string target, CancellationToken cancellationToken)
    {
        var newest = rows.MaxBy(r => r.GetDateTimeOffset("ProcessedAt") ?? DateTimeOffset.MinValue)
            ?? await MemberFromRecordAsync(id, cancellationToken).ConfigureAwait(false);
        if (newest is null)
        {
            return false;
        }

        var departed = rows.Append(newest).SelectMany(MemberRows.EntriesOf).Select(e => e.PartitionKey).Distinct(StringComparer.Ordinal).ToList();
        var there = rows.FirstOrDefault(r => MemberRows.ArticleOf(r) == target);
        if (await _articles.PutAsync(newest, target, there, cancellationToken).ConfigureAwait(false) is not { } placed)
        {
            return true;
        }

        try
        {
            var claim = new TableEntity(id, CaseEntityMapper.Row) { ["ArticleId"] = target };
            await _tables.Cases.UpdateEntityAsync(claim, caseRow.ETag, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // Without the copy's version (an answer that carried none) the take-back would delete whatever row is
            // there: the copy is left, and the next round reads where the source's case row names it.
            if (there is null && placed.ETag != default && await _articles.LeaveIfUnchangedAsync(placed, cancellationToken).ConfigureAwait(false))
            {
                await _articles.RebuildAsync(target, departed, cancellationToken).ConfigureAwait(false);
            }

            return true;
        }

        foreach (var row in rows.Where(r => MemberRows.ArticleOf(r) != target))
        {
            if (await _articles.LeaveIfUnchangedAsync(row, cancellationToken).ConfigureAwait(false))
            {
                await _articles.RebuildAsync(MemberRows.ArticleOf(row), departed, cancellationToken).ConfigureAwait(false);
            }
        }

        await _articles.RebuildAsync(target, departed, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>A member row made from the stored record, for a source whose member row is missing; null when none is stored.</summary>
    private async Task<TableEntity?> MemberFromRecordAsync(string id, CancellationToken cancellationToken)
    {
        var entity = await ReadCaseAsync(id, null, cancellationToken).ConfigureAwait(false);
        var record = entity is null ? null : await ReadRecordAsync(id, entity, cancellationToken).ConfigureAwait(false);
        return record is null
            ? null
            : MemberRows.For(record, entity!.GetString("ArticleId") ?? ArticleIds.Of(record), IndexKeys.For(record), entity.GetDateTimeOffset("ProcessedAt") ?? DateTimeOffset.UtcNow);
    }
}
