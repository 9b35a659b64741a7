using Azure.Data.Tables;
using CaseIngest.Core.Model;
using CaseIngest.Storage.Entities;
using CaseIngest.Core.Json;
using CaseIngest.Storage.Keys;

namespace CaseIngest.Storage;

/// <summary>The read side of <see cref="CaseStore"/>: a document's stored state, its record, rejection and summary.</summary>
public sealed partial class CaseStore
{
    /// <summary>What is stored for a record id: the record's state, else the rejection's, else null.</summary>
    public async Task<StoredState?> GetStateAsync(string id, CancellationToken cancellationToken = default)
    {
        await _tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);

        // Both rows are read at once: one round trip of latency instead of two.
        var rejectionRead = _tables.Rejections.GetEntityIfExistsAsync<RejectionEntity>(id, RejectionEntity.Row, cancellationToken: cancellationToken);
        // The case row is read with the columns a save compares against too, so a save after this read need not read it again.
        var caseRead = ReadCaseAsync(id, [.. StateColumns, .. PreviousColumns], cancellationToken);
        await Task.WhenAll(rejectionRead, caseRead).ConfigureAwait(false);
        var rejection = await rejectionRead.ConfigureAwait(false);
        var entity = await caseRead.ConfigureAwait(false);
        if (rejection.HasValue && rejection.Value is { } rejected)
        {
            return new StoredState(rejected.Sha256, rejected.ExtractorVersion, rejected.BlobETag, Rejected: true) { CaseRow = entity };
        }

        return entity is null
            ? null
            : new StoredState(entity.GetString("Sha256") ?? "", entity.GetString("ExtractorVersion") ?? "", entity.GetString("BlobETag"), Rejected: false, Ungrouped: entity.GetBoolean(UngroupedColumn) == true) { CaseRow = entity };
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

    private async Task<TableEntity?> ReadCaseAsync(string id, IEnumerable<string>? select, CancellationToken cancellationToken)
    {
        var response = await _tables.Cases.GetEntityIfExistsAsync<TableEntity>(id, CaseEntityMapper.Row, select, cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value : null;
    }
}
