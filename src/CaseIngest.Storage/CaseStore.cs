using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using CaseIngest.Core.Json;
using CaseIngest.Core.Model;
using CaseIngest.Storage.Entities;
using CaseIngest.Storage.Keys;

namespace CaseIngest.Storage;

/// <summary>
/// Writes and reads records. Every write is an upsert keyed by record id, so delivering the same document twice,
/// at once or one after the other, leaves one record; a new version replaces the record, its facts and its index
/// rows, and rows the new version no longer has are deleted.
/// </summary>
public sealed partial class CaseStore
{
    private const int BatchSize = 100;
    private const int Parallelism = 8;

    /// <summary>On a case row: the version stored is entered in its identifiers' heads.</summary>
    private const string HeadsColumn = "LinkHeads";

    /// <summary>On a case row: the grouping after its save failed for good; the next delivery saves it again.</summary>
    private const string UngroupedColumn = "Ungrouped";

    private readonly StorageTables _tables;
    private readonly BlobContainerClient _records;
    private readonly ArticleIndex _articles;
    private readonly ArticleLinks _links;

    public CaseStore(StorageTables tables, BlobServiceClient blobs)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(blobs);
        _tables = tables;
        _records = blobs.GetBlobContainerClient(StorageNames.RecordsContainer);
        _articles = new ArticleIndex(tables);
        _links = new ArticleLinks(tables);
    }

    public Task<SaveResult> SaveAsync(CaseRecord record, string? blobETag, CancellationToken cancellationToken = default) =>
        SaveAsync(record, blobETag, knownNew: false, groupLater: false, cancellationToken);

    /// <summary>
    /// <paramref name="knownNew"/>: the caller has just read that neither a record nor a rejection is stored under
    /// this id, so the earlier record is not read again and no rejection row is deleted (two requests fewer).
    /// </summary>
    internal Task<SaveResult> SaveAsync(CaseRecord record, string? blobETag, bool knownNew, CancellationToken cancellationToken) =>
        SaveAsync(record, blobETag, knownNew, groupLater: false, cancellationToken);

    /// <summary>
    /// <paramref name="groupLater"/>: the save returns once the case row is written (the record is readable), and
    /// the grouping check that follows it is handed back as <see cref="SaveResult.Grouping"/> for the caller to run;
    /// until it has run, a document saved at the same moment that shares an identifier may still sit in its own article.
    /// </summary>
    internal async Task<SaveResult> SaveAsync(CaseRecord record, string? blobETag, bool knownNew, bool groupLater, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await _tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var stored = record.Document.Text is null ? record : record with { Document = record.Document with { Text = null } };
        var json = CaseJson.Serialize(stored);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));

        var previous = knownNew ? null : await ReadCaseAsync(record.Id, [.. CaseEntityMapper.IndexColumns, "ArticleId", LinkRows.Column, HeadsColumn], cancellationToken).ConfigureAwait(false);

        // The fact rows and the article's index rows are in other tables and partitions: written at the same time,
        // both before the case row, which makes the record readable.
        var facts = WriteFactsAsync(stored, previous is not null, cancellationToken);
        var processedAt = DateTimeOffset.UtcNow;
        var index = IndexKeys.For(stored);
        var links = LinkKeys.Of(stored);
        var previousLinks = previous is null ? [] : LinkRows.KeysOf(previous);

        // The identifier heads list the record id with its link keys: when those are unchanged (and the stored version
        // was entered in the heads), they are. Entering tells whether another document states one of the keys; when
        // none does, the group is this document alone and need not be read.
        bool? shared = null;
        if (previous is null || previous.GetBoolean(HeadsColumn) != true || !previousLinks.SequenceEqual(links, StringComparer.Ordinal))
        {
            shared = await _links.WriteAsync(record.Id, links, previousLinks, cancellationToken).ConfigureAwait(false);
        }

        var component = shared == false
            ? new ArticleComponent(new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) { [record.Id] = links }, Truncated: false)
            : await _links.ComponentAsync(links, cancellationToken).ConfigureAwait(false);
        var articleId = component.ArticleId ?? ArticleIds.Of(links);
        var alone = component.IsOnly(record.Id);
        var current = index.Select(e => e.PartitionKey).ToHashSet(StringComparer.Ordinal);
        var previousKeys = previous is null ? [] : CaseEntityMapper.IndexKeysOf(previous);
        var articles = JoinArticleAsync(stored, articleId, index, processedAt, previous, previousKeys, alone, cancellationToken);
        await Task.WhenAll(facts, articles).ConfigureAwait(false);
        var staleFacts = await facts.ConfigureAwait(false);
        var staleIndex = previousKeys.Where(k => !current.Contains(k)).ToList();

        var entity = CaseEntityMapper.ToEntity(stored, json, hash, blobETag, [.. current.Order(StringComparer.Ordinal)], processedAt, articleId);
        entity[HeadsColumn] = true;
        MarkSource(entity, blobETag);
        if (CaseEntityMapper.IsInBlob(entity))
        {
            await _records.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            await _records.GetBlobClient(record.Id + ".json").UploadAsync(BinaryData.FromString(json), overwrite: true, cancellationToken).ConfigureAwait(false);
        }

        var writtenAsRead = await WriteCaseRowAsync(entity, previous, stored, articleId, index, processedAt, cancellationToken).ConfigureAwait(false);
        if (!knownNew)
        {
            await DeleteIfExistsAsync(_tables.Rejections, record.Id, RejectionEntity.Row, cancellationToken).ConfigureAwait(false);
        }

        var previousArticle = previous?.GetString("ArticleId");
        var wasNew = previous is null;
        Task Grouping(CancellationToken token) =>
            GroupAsync(record.Id, links, previousLinks, alone && writtenAsRead, previousArticle, wasNew, articleId, token);
        var result = new SaveResult(previous is null, previous?.GetString("RecordHash") != hash, staleFacts, staleIndex.Count);
        if (groupLater)
        {
            return result with { Grouping = Grouping };
        }

        await Grouping(cancellationToken).ConfigureAwait(false);
        return result;
    }

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
    /// Files the source under <paramref name="articleId"/>. <paramref name="alone"/>: no other document states any of
    /// its identifiers, so its member row is taken to be the article's only one (checked by the rebuild).
    /// </summary>
    private async Task JoinArticleAsync(CaseRecord stored, string articleId, IReadOnlyList<IndexEntry> index, DateTimeOffset processedAt, TableEntity? previous, IReadOnlyList<string> previousKeys, bool alone, CancellationToken cancellationToken)
    {
        var joined = await _articles.JoinAsync(stored, articleId, index, processedAt, alone && previous is null, cancellationToken).ConfigureAwait(false);
        await MoveAsync(stored.Id, previous?.GetString("ArticleId"), previous is not null, previousKeys, articleId, alone ? joined : null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes the case row; over an earlier version, only if it is still <paramref name="previous"/> as read before the save.
    /// When it changed meanwhile (another delivery of the document, or a regrouping that moved this source to another
    /// article), this source's member row is put back under <paramref name="articleId"/> and taken out of the article
    /// the changed row names, then the row is written.
    /// </summary>
    /// <returns>Whether the row was written over the version read (false when it had changed meanwhile).</returns>
    private async Task<bool> WriteCaseRowAsync(TableEntity entity, TableEntity? previous, CaseRecord stored, string articleId, IReadOnlyList<IndexEntry> index, DateTimeOffset processedAt, CancellationToken cancellationToken)
    {
        try
        {
            if (previous is null)
            {
                // A source without a case row is never moved by a regrouping (its writer places it), so there is nothing to lose.
                await _tables.Cases.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await _tables.Cases.UpdateEntityAsync(entity, previous.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            }

            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // Written or deleted since it was read: handled below.
        }

        var now = await ReadCaseAsync(stored.Id, [.. CaseEntityMapper.IndexColumns, "ArticleId"], cancellationToken).ConfigureAwait(false);
        var departed = now is null ? [] : CaseEntityMapper.IndexKeysOf(now);
        await _articles.JoinAsync(stored, articleId, index, processedAt, alone: false, cancellationToken).ConfigureAwait(false);
        if (now?.GetString("ArticleId") is { } other && other != articleId && await _articles.LeaveAsync(stored.Id, other, cancellationToken).ConfigureAwait(false))
        {
            await _articles.RebuildAsync(other, departed, cancellationToken).ConfigureAwait(false);
        }

        await _articles.RebuildAsync(articleId, departed, cancellationToken).ConfigureAwait(false);
        await _tables.Cases.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        return false;
    }

    /// <summary>
    /// Puts the fact and index rows back in step with the stored case row after a save of <paramref name="unsaved"/>
    /// failed part-way (its fact and index rows may be written, its case row not): the rows of the stored record are
    /// written again from it, and rows only the unsaved version has are deleted, so lists never name a record that
    /// cannot be read and fact rows always describe the stored record.
    /// </summary>
    public async Task RestoreAsync(CaseRecord unsaved, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unsaved);
        await _tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var entity = await ReadCaseAsync(unsaved.Id, null, cancellationToken).ConfigureAwait(false);
        if (entity is not null && entity.GetString("Sha256") == unsaved.Document.Sha256 && entity.GetString("ExtractorVersion") == unsaved.ExtractorVersion)
        {
            // Another delivery saved this very version meanwhile: its index rows are the right ones.
            return;
        }

        var stored = entity is null ? null : await ReadRecordAsync(unsaved.Id, entity, cancellationToken).ConfigureAwait(false);
        var unsavedLinks = LinkKeys.Of(unsaved);
        var unsavedKeys = IndexKeys.For(unsaved).Select(e => e.PartitionKey).ToList();

        // The unsaved version may have put its member row in any article its group could be named after.
        var reached = (await _links.ComponentAsync(unsavedLinks, cancellationToken).ConfigureAwait(false)).CandidateArticles
            .Append(ArticleIds.Of(unsaved))
            .ToHashSet(StringComparer.Ordinal);
        if (stored is null)
        {
            await DeleteFactsAsync(unsaved.Id, new HashSet<string>(), cancellationToken).ConfigureAwait(false);
            await _links.DeleteAsync(unsaved.Id, unsavedLinks, cancellationToken).ConfigureAwait(false);
            await LeaveAllAsync(unsaved.Id, reached, unsavedKeys, null, cancellationToken).ConfigureAwait(false);
            await SettleAsync(unsavedLinks, cancellationToken).ConfigureAwait(false);
            return;
        }

        await WriteFactsAsync(stored, replacing: true, cancellationToken).ConfigureAwait(false);
        var storedLinks = LinkKeys.Of(stored);
        await _links.WriteAsync(unsaved.Id, storedLinks, unsavedLinks, cancellationToken).ConfigureAwait(false);
        var storedArticle = (await _links.ComponentAsync(storedLinks, cancellationToken).ConfigureAwait(false)).ArticleId ?? ArticleIds.Of(storedLinks);
        await _articles.JoinAsync(stored, storedArticle, IndexKeys.For(stored), entity!.GetDateTimeOffset("ProcessedAt") ?? DateTimeOffset.UtcNow, alone: false, cancellationToken).ConfigureAwait(false);
        if (entity.GetString("ArticleId") is { } recorded)
        {
            reached.Add(recorded);
        }

        await LeaveAllAsync(unsaved.Id, reached, unsavedKeys, storedArticle, cancellationToken).ConfigureAwait(false);
        await _articles.RebuildAsync(storedArticle, unsavedKeys, cancellationToken).ConfigureAwait(false);
        if (entity.GetString("ArticleId") != storedArticle)
        {
            await _tables.Cases.UpdateEntityAsync(new TableEntity(unsaved.Id, CaseEntityMapper.Row) { ["ArticleId"] = storedArticle }, ETag.All, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
        }

        await SettleAsync([.. storedLinks, .. unsavedLinks], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records a document that could not be read. Rows of an earlier readable version stay as they are.</summary>
    public async Task SaveRejectionAsync(RejectedDocument rejection, string sha256, string? blobETag, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        await _tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var entity = new RejectionEntity
        {
            PartitionKey = Core.RecordIds.FromName(rejection.Document.Name),
            Name = BlobNames.ForDisplay(rejection.Document.Name),
            Code = rejection.Error.Code,
            Message = rejection.Error.Message,
            Sha256 = sha256,
            BlobETag = blobETag,
            Container = SourceOf(blobETag),
            ExtractorVersion = Core.CaseEngine.ExtractorVersion,
            RejectedAt = DateTimeOffset.UtcNow,
        };
        await _tables.Rejections.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Counts one more failed attempt at ingesting these bytes with this extractor version and returns the count. The
    /// counter is a row beside the rejection (RowKey <c>failures-&lt;version&gt;-&lt;sha256&gt;</c>), updated with ETags,
    /// so concurrent deliveries do not lose counts. Rejection listings only read rows whose RowKey is <c>rejection</c>.
    /// </summary>
    public async Task<int> RecordFailureAsync(string id, string sha256, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        await _tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var rowKey = KeyEncoding.Encode("failures-" + Core.CaseEngine.ExtractorVersion + "-" + sha256);
        for (var attempt = 0; ; attempt++)
        {
            var existing = await _tables.Rejections.GetEntityIfExistsAsync<TableEntity>(id, rowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
            try
            {
                if (existing.HasValue && existing.Value is { } row)
                {
                    var count = (row.GetInt32("Count") ?? 0) + 1;
                    row["Count"] = count;
                    row["LastFailureAt"] = DateTimeOffset.UtcNow;
                    await _tables.Rejections.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                    return count;
                }

                await _tables.Rejections.AddEntityAsync(
                    new TableEntity(id, rowKey) { ["Count"] = 1, ["LastFailureAt"] = DateTimeOffset.UtcNow },
                    cancellationToken).ConfigureAwait(false);
                return 1;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && attempt < 8)
            {
                // Another delivery of the same document counted at the same moment: read the new count and try again.
            }
        }
    }

    /// <summary>Notes that unchanged content now sits at a new blob ETag, so watchers know it was seen.</summary>
    public async Task UpdateBlobETagAsync(string id, bool rejected, string blobETag, CancellationToken cancellationToken = default)
    {
        var table = rejected ? _tables.Rejections : _tables.Cases;
        var entity = new TableEntity(id, rejected ? RejectionEntity.Row : CaseEntityMapper.Row) { ["BlobETag"] = blobETag };
        MarkSource(entity, blobETag);
        try
        {
            await table.UpdateEntityAsync(entity, ETag.All, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Removed meanwhile: the next delivery writes it again.
        }
    }

    /// <summary>What is stored for a record id: the record's state, else the rejection's, else null.</summary>
    public async Task<StoredState?> GetStateAsync(string id, CancellationToken cancellationToken = default)
    {
        await _tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);

        // Both rows are read at once: one round trip of latency instead of two.
        var rejectionRead = _tables.Rejections.GetEntityIfExistsAsync<RejectionEntity>(id, RejectionEntity.Row, cancellationToken: cancellationToken);
        var caseRead = ReadCaseAsync(id, ["Sha256", "ExtractorVersion", "BlobETag", UngroupedColumn], cancellationToken);
        await Task.WhenAll(rejectionRead, caseRead).ConfigureAwait(false);
        var rejection = await rejectionRead.ConfigureAwait(false);
        var entity = await caseRead.ConfigureAwait(false);
        if (rejection.HasValue && rejection.Value is { } rejected)
        {
            return new StoredState(rejected.Sha256, rejected.ExtractorVersion, rejected.BlobETag, Rejected: true);
        }

        return entity is null
            ? null
            : new StoredState(entity.GetString("Sha256") ?? "", entity.GetString("ExtractorVersion") ?? "", entity.GetString("BlobETag"), Rejected: false, Ungrouped: entity.GetBoolean(UngroupedColumn) == true);
    }

    /// <summary>The stored record (without its plain text), or null.</summary>
    public async Task<CaseRecord?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        if (!KeyEncoding.IsValidKey(id))
        {
            return null;
        }

        await _tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var entity = await ReadCaseAsync(id, null, cancellationToken).ConfigureAwait(false);
        return entity is null ? null : await ReadRecordAsync(id, entity, cancellationToken).ConfigureAwait(false);
    }

    private async Task<CaseRecord?> ReadRecordAsync(string id, TableEntity entity, CancellationToken cancellationToken)
    {
        var json = CaseEntityMapper.IsInBlob(entity)
            ? (await _records.GetBlobClient(id + ".json").DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value.Content.ToString()
            : CaseEntityMapper.ReadJson(entity);
        return json is null ? null : CaseJson.DeserializeRecord(json);
    }

    /// <summary>The stored rejection of a record id (code and message), or null.</summary>
    public async Task<RejectionInfo?> GetRejectionAsync(string id, CancellationToken cancellationToken = default)
    {
        if (!KeyEncoding.IsValidKey(id))
        {
            return null;
        }

        await _tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var row = await _tables.Rejections.GetEntityIfExistsAsync<RejectionEntity>(id, RejectionEntity.Row, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue && row.Value is { } r ? new RejectionInfo(r.PartitionKey, r.Name, r.Code, r.Message, r.Sha256, r.RejectedAt) : null;
    }

    public async Task<CaseSummary?> GetSummaryAsync(string id, CancellationToken cancellationToken = default)
    {
        if (!KeyEncoding.IsValidKey(id))
        {
            return null;
        }

        await _tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var entity = await ReadCaseAsync(id, CaseEntityMapper.SummaryColumns, cancellationToken).ConfigureAwait(false);
        return entity is null ? null : CaseEntityMapper.ToSummary(entity);
    }

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

        await Parallel.ForEachAsync(stale, Options(cancellationToken), async (rowKey, token) =>
            await DeleteIfExistsAsync(_tables.Facts, id, rowKey, token).ConfigureAwait(false)).ConfigureAwait(false);
        return stale.Count;
    }

    private async Task<TableEntity?> ReadCaseAsync(string id, IEnumerable<string>? select, CancellationToken cancellationToken)
    {
        var response = await _tables.Cases.GetEntityIfExistsAsync<TableEntity>(id, CaseEntityMapper.Row, select, cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value : null;
    }

    private static async Task DeleteIfExistsAsync(TableClient table, string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        try
        {
            await table.DeleteEntityAsync(partitionKey, rowKey, ETag.All, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Already gone: a concurrent delivery of the same document removed it first.
        }
    }

    private static ParallelOptions Options(CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken };
}
