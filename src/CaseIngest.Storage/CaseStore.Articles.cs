using Azure.Data.Tables;
using CaseIngest.Core.Model;
using CaseIngest.Storage.Entities;
using CaseIngest.Storage.Keys;

namespace CaseIngest.Storage;

/// <summary>The article side of <see cref="CaseStore"/>: sources joining and leaving articles, deletes, related documents.</summary>
public sealed partial class CaseStore
{
    /// <summary>
    /// Deletes the record stored for a document name: its article loses this source (and is gone when it was the last),
    /// then its fact rows, its case row and any rejection. False when nothing was stored for the name.
    /// </summary>
    public async Task<bool> DeleteAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var id = Core.RecordIds.FromName(name);
        await _tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var entity = await ReadCaseAsync(id, [.. CaseEntityMapper.IndexColumns, "ArticleId", "RecordInBlob"], cancellationToken).ConfigureAwait(false);
        var rejected = await _tables.Rejections.GetEntityIfExistsAsync<TableEntity>(id, RejectionEntity.Row, ["PartitionKey"], cancellationToken).ConfigureAwait(false);
        await DeleteIfExistsAsync(_tables.Rejections, id, RejectionEntity.Row, cancellationToken).ConfigureAwait(false);
        if (entity is null)
        {
            return rejected.HasValue;
        }

        var keys = CaseEntityMapper.IndexKeysOf(entity);
        if (entity.GetString("ArticleId") is { } articleId)
        {
            await _articles.LeaveAsync(id, articleId, cancellationToken).ConfigureAwait(false);
            await _articles.RebuildAsync(articleId, keys, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await _articles.DeleteRecordRowsAsync(id, keys, cancellationToken).ConfigureAwait(false);
        }

        await DeleteFactsAsync(id, new HashSet<string>(), cancellationToken).ConfigureAwait(false);
        await DeleteIfExistsAsync(_tables.Cases, id, CaseEntityMapper.Row, cancellationToken).ConfigureAwait(false);
        if (CaseEntityMapper.IsInBlob(entity))
        {
            await _records.GetBlobClient(id + ".json").DeleteIfExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    /// <summary>
    /// After a source's member row is written under <paramref name="articleId"/>: it leaves the article it was in before
    /// (whose rows are rebuilt without it), and its article's rows are rebuilt. Rows an earlier version wrote per record
    /// (before rows were kept per article) are deleted.
    /// </summary>
    private async Task MoveAsync(string id, string? previousArticle, bool hadPrevious, IReadOnlyList<string> previousKeys, string articleId, CancellationToken cancellationToken)
    {
        if (hadPrevious && previousArticle is null)
        {
            await _articles.DeleteRecordRowsAsync(id, previousKeys, cancellationToken).ConfigureAwait(false);
        }

        if (previousArticle is not null && previousArticle != articleId)
        {
            await _articles.LeaveAsync(id, previousArticle, cancellationToken).ConfigureAwait(false);
            await _articles.RebuildAsync(previousArticle, previousKeys, cancellationToken).ConfigureAwait(false);
        }

        await _articles.RebuildAsync(articleId, previousArticle == articleId ? previousKeys : [], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Other documents of the same article, with what links them: <c>doi</c>, <c>pmid</c>, <c>pmcid</c>, or
    /// <c>sha256</c> (the same bytes under another name: an alias).
    /// </summary>
    public async Task<IReadOnlyList<RelatedCase>> GetRelatedAsync(CaseRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        await _tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var related = new List<RelatedCase>();
        foreach (var row in await _articles.MembersAsync(ArticleIds.Of(record), cancellationToken).ConfigureAwait(false))
        {
            if (row.RowKey == record.Id)
            {
                continue;
            }

            bool Same(string column, string? value) => value is not null && string.Equals(IndexKeys.Normalize(value), IndexKeys.Normalize(row.GetString(column) ?? ""), StringComparison.Ordinal);
            var via = Same("Doi", record.Article.Doi) ? IndexFacet.Doi
                : Same("Pmid", record.Article.Pmid) ? IndexFacet.Pmid
                : Same("Pmcid", record.Article.Pmcid) ? IndexFacet.Pmcid
                : "sha256";
            related.Add(new RelatedCase(row.RowKey, row.GetString("Name") ?? "", via));
        }

        return related;
    }

    /// <summary>The sources of an article: the member rows' record ids, names, formats and hashes.</summary>
    public async Task<IReadOnlyList<ArticleSource>> GetSourcesAsync(string articleId, CancellationToken cancellationToken = default)
    {
        if (!KeyEncoding.IsValidKey(articleId))
        {
            return [];
        }

        await _tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        return [.. (await _articles.MembersAsync(articleId, cancellationToken).ConfigureAwait(false))
            .Select(r => new ArticleSource(r.RowKey, r.GetString("Name") ?? "", r.GetString("Format") ?? "", r.GetString("Sha256") ?? ""))];
    }
}
