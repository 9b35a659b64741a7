using Azure;
using Azure.Data.Tables;
using CaseIngest.Core.Model;
using CaseIngest.Storage.Entities;
using CaseIngest.Storage.Keys;

namespace CaseIngest.Storage;

/// <summary>The rejection side of <see cref="CaseStore"/>: documents that could not be read, failure counts, blob ETags of unchanged content.</summary>
public sealed partial class CaseStore
{
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
}
