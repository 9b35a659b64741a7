using Azure.Data.Tables;

namespace CaseIngest.Storage;

/// <summary>The four tables, created once on first use (a failed creation is tried again on the next use).</summary>
public sealed class StorageTables
{
    /// <summary>
    /// A row of the index table (outside every index and article partition) that says every article's member rows are
    /// listed in its head (<see cref="Entities.ArticleHeads"/>): written when the table is first found empty, so a store
    /// that holds member rows written before article heads never has it.
    /// </summary>
    private const string LayoutPartition = "layout";

    private const string ArticleHeadsRow = "article-heads";

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

            ArticleHeadsComplete = await ReadLayoutAsync(cancellationToken).ConfigureAwait(false);
        });
    }

    /// <summary>
    /// Whether every article's head lists all its member rows, so members may be found by point reads (known once the
    /// tables are created). False for a store that held index rows before this layout: its articles are read by query.
    /// </summary>
    internal bool ArticleHeadsComplete { get; private set; }

    internal TableClient Cases { get; }

    internal TableClient Facts { get; }

    internal TableClient Index { get; }

    internal TableClient Rejections { get; }

    public Task EnsureCreatedAsync(CancellationToken cancellationToken = default) => _creation.EnsureAsync(cancellationToken);

    /// <summary>The layout row when present; else, when the index table is empty, it is written now.</summary>
    private async Task<bool> ReadLayoutAsync(CancellationToken cancellationToken)
    {
        var marker = await Index.GetEntityIfExistsAsync<TableEntity>(LayoutPartition, ArticleHeadsRow, ["PartitionKey"], cancellationToken).ConfigureAwait(false);
        if (marker.HasValue)
        {
            return true;
        }

        await foreach (var _ in Index.QueryAsync<TableEntity>(maxPerPage: 1, select: ["PartitionKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        await Index.UpsertEntityAsync(new TableEntity(LayoutPartition, ArticleHeadsRow), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>One cheap request that fails when the table service cannot be reached.</summary>
    public async Task PingAsync(CancellationToken cancellationToken = default)
    {
        await foreach (var _ in _service.QueryAsync(maxPerPage: 1, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            break;
        }
    }
}
