using Azure;
using Azure.Data.Tables;
using CaseIngest.Core.Model;
using CaseIngest.Storage.Entities;
using CaseIngest.Storage.Keys;

namespace CaseIngest.Storage;

/// <summary>The repair side of <see cref="CaseStore"/>: rows put back in step with the stored record after a failed save.</summary>
public sealed partial class CaseStore
{
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
        _ = await _links.WriteAsync(unsaved.Id, storedLinks, unsavedLinks, expectNew: false, cancellationToken).ConfigureAwait(false);
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
}
