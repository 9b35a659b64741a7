using Azure.Data.Tables;

namespace CaseIngest.Storage;

/// <summary>The four tables, created once on first use (a failed creation is tried again on the next use).</summary>
public sealed class StorageTables
{
    private readonly TableServiceClient _service;
    private readonly CreateOnce _creation;

    public StorageTables(TableServiceClient service)
    {
        ArgumentNullException.ThrowIfNull(service);
        _service = service;
        Cases = service.GetTableClient(StorageNames.CasesTable);
        Facts = service.GetTableClient(StorageNames.FactsTable);
        Index = service.GetTableClient(StorageNames.IndexTable);
        Rejections = service.GetTableClient(StorageNames.RejectionsTable);
        _creation = new CreateOnce(async cancellationToken =>
        {
            foreach (var table in new[] { Cases, Facts, Index, Rejections })
            {
                await table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
            }
        });
    }

    internal TableClient Cases { get; }

    internal TableClient Facts { get; }

    internal TableClient Index { get; }

    internal TableClient Rejections { get; }

    public Task EnsureCreatedAsync(CancellationToken cancellationToken = default) => _creation.EnsureAsync(cancellationToken);

    /// <summary>One cheap request that fails when the table service cannot be reached.</summary>
    public async Task PingAsync(CancellationToken cancellationToken = default)
    {
        await foreach (var _ in _service.QueryAsync(maxPerPage: 1, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            break;
        }
    }
}
