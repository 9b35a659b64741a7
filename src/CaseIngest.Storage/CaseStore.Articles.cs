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
        var entity = await ReadCaseAsync(id, [.. CaseEntityMapper.IndexColumns, "ArticleId", "RecordInBlob", LinkRows.Column], cancellationToken).ConfigureAwait(false);
        var rejected = await _tables.Rejections.GetEntityIfExistsAsync<TableEntity>(id, RejectionEntity.Row, ["PartitionKey"], cancellationToken).ConfigureAwait(false);
        await DeleteIfExistsAsync(_tables.Rejections, id, RejectionEntity.Row, cancellationToken).ConfigureAwait(false);
        if (entity is null)
        {
            return rejected.HasValue;
        }

        var keys = CaseEntityMapper.IndexKeysOf(entity);
        var links = LinkRows.KeysOf(entity);
        var reached = links.Count == 0
            ? []
            : (await _links.ComponentAsync(links, cancellationToken).ConfigureAwait(false)).CandidateArticles.ToHashSet(StringComparer.Ordinal);
        await _links.DeleteAsync(id, links, cancellationToken).ConfigureAwait(false);
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

        // A regrouping that ran meanwhile may have put this source in another article of its group: it leaves that too.
        // Then the documents it linked are grouped again without it (an article may split in two).
        await LeaveAllAsync(id, reached, keys, null, cancellationToken).ConfigureAwait(false);
        await SettleAsync(links, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Takes a source out of each of these articles it is in (but <paramref name="except"/>) and rebuilds them.</summary>
    private async Task LeaveAllAsync(string id, IEnumerable<string> articleIds, IReadOnlyCollection<string> departed, string? except, CancellationToken cancellationToken)
    {
        foreach (var articleId in articleIds.Where(a => a != except))
        {
            if (await _articles.LeaveAsync(id, articleId, cancellationToken).ConfigureAwait(false))
            {
                await _articles.RebuildAsync(articleId, departed, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// After a source's member row is written under <paramref name="articleId"/>: it leaves the article it was in before
    /// (whose rows are rebuilt without it), and its article's rows are rebuilt. Rows an earlier version wrote per record
    /// (before rows were kept per article) are deleted.
    /// </summary>
    private async Task MoveAsync(string id, string? previousArticle, bool hadPrevious, IReadOnlyList<string> previousKeys, string articleId, ArticleMembers? members, CancellationToken cancellationToken)
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

        await _articles.RebuildAsync(articleId, previousArticle == articleId ? previousKeys : [], cancellationToken, members).ConfigureAwait(false);
    }

    /// <summary>
    /// Other documents of the same article, with what links them: <c>sha256</c> (the same bytes under another name:
    /// an alias), else the first identifier both state (<c>doi</c>, <c>pmid</c>, <c>pmcid</c>), else <c>article</c>
    /// (joined through other sources of the article).
    /// </summary>
    public async Task<IReadOnlyList<RelatedCase>> GetRelatedAsync(CaseRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var related = new List<RelatedCase>();
        foreach (var row in await _articles.MembersAsync(await GetArticleIdAsync(record, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false))
        {
            if (row.RowKey == record.Id)
            {
                continue;
            }

            bool Same(string column, string? value) => value is not null && string.Equals(IndexKeys.Normalize(value), IndexKeys.Normalize(row.GetString(column) ?? ""), StringComparison.Ordinal);
            var via = row.GetString("Sha256") == record.Document.Sha256 ? "sha256"
                : Same("Doi", record.Article.Doi) ? IndexFacet.Doi
                : Same("Pmid", record.Article.Pmid) ? IndexFacet.Pmid
                : Same("Pmcid", record.Article.Pmcid) ? IndexFacet.Pmcid
                : "article";
            related.Add(new RelatedCase(row.RowKey, row.GetString("Name") ?? "", via));
        }

        return related;
    }

    /// <summary>The article a stored record belongs to (for a record not stored: the article it would have alone).</summary>
    public async Task<string> GetArticleIdAsync(CaseRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        await _tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var entity = await ReadCaseAsync(record.Id, ["ArticleId"], cancellationToken).ConfigureAwait(false);
        return entity?.GetString("ArticleId") ?? ArticleIds.Of(record);
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
