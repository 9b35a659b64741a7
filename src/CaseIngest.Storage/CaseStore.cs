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

    /// <summary>The case row's columns a state read needs.</summary>
    private static readonly string[] StateColumns = ["Sha256", "ExtractorVersion", "BlobETag", UngroupedColumn];

    /// <summary>The case row's columns a save compares the new version against.</summary>
    private static readonly string[] PreviousColumns = [.. CaseEntityMapper.IndexColumns, "ArticleId", LinkRows.Column, HeadsColumn];

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
    internal Task<SaveResult> SaveAsync(CaseRecord record, string? blobETag, bool knownNew, bool groupLater, CancellationToken cancellationToken) =>
        SaveFromAsync(record, blobETag, knownNew ? SaveBasis.Nothing : SaveBasis.Unread, groupLater, cancellationToken);

    /// <summary>
    /// As <see cref="SaveAsync(CaseRecord, string, bool, bool, CancellationToken)"/>, over the state the caller has
    /// just read (<see cref="GetStateAsync"/>): its case row is the earlier version compared against (not read again),
    /// and the rejection row is deleted only when that read found one. A null state: nothing was stored.
    /// </summary>
    internal Task<SaveResult> SaveAsync(CaseRecord record, string? blobETag, StoredState? state, bool groupLater, CancellationToken cancellationToken) =>
        SaveFromAsync(record, blobETag, state is null ? SaveBasis.Nothing : new SaveBasis(true, state.CaseRow, state.Rejected), groupLater, cancellationToken);

    private async Task<SaveResult> SaveFromAsync(CaseRecord record, string? blobETag, SaveBasis basis, bool groupLater, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await _tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var stored = record.Document.Text is null ? record : record with { Document = record.Document with { Text = null } };
        var json = CaseJson.Serialize(stored);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));

        var previous = basis.Read ? basis.CaseRow : await ReadCaseAsync(record.Id, PreviousColumns, cancellationToken).ConfigureAwait(false);

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
        EnteredHeads? entered = null;
        if (previous is null || previous.GetBoolean(HeadsColumn) != true || !previousLinks.SequenceEqual(links, StringComparer.Ordinal))
        {
            entered = await _links.WriteAsync(record.Id, links, previousLinks, expectNew: previous is null, cancellationToken).ConfigureAwait(false);
        }

        // The group search starts from the heads just entered, as written, and reads only the heads they lead to.
        var component = entered is { Shared: false }
            ? new ArticleComponent(new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) { [record.Id] = links }, Truncated: false)
            : await _links.ComponentAsync(links, entered?.Heads, cancellationToken).ConfigureAwait(false);
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
        if (basis.MayBeRejected)
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
    /// Files the source under <paramref name="articleId"/>. <paramref name="alone"/>: no other document states any of
    /// its identifiers, so its member row is taken to be the article's only one (checked by the rebuild).
    /// </summary>
    private async Task JoinArticleAsync(CaseRecord stored, string articleId, IReadOnlyList<IndexEntry> index, DateTimeOffset processedAt, TableEntity? previous, IReadOnlyList<string> previousKeys, bool alone, CancellationToken cancellationToken)
    {
        var joined = await _articles.JoinAsync(stored, articleId, index, processedAt, alone && previous is null, cancellationToken).ConfigureAwait(false);
        // Under an article head the member rows as just written are a start for the rebuild (the head's version checks
        // them); where articles may lack a head, only a source alone in its article builds from its own row.
        var members = alone || joined.HeadVersion is not null ? joined : null;
        await MoveAsync(stored.Id, previous?.GetString("ArticleId"), previous is not null, previousKeys, articleId, members, cancellationToken).ConfigureAwait(false);
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
