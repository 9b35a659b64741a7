using Azure.Data.Tables;
using System.Runtime.CompilerServices;
using CaseIngest.Storage.Entities;

namespace CaseIngest.Storage;

/// <summary>
/// Which container a stored document was read from. A case or rejection row written from a blob (one with a blob
/// ETag) carries <c>Container</c>, so the documents of one container can be listed and compared with the container.
/// </summary>
public sealed partial class CaseStore
{
    private const string ContainerColumn = "Container";

    /// <summary>The ingest container documents with a blob ETag come from; null writes no container (such rows are never listed as sources).</summary>
    public string? SourceContainer { get; init; }

    /// <summary>
    /// The documents stored from blobs of <paramref name="container"/>: records and rejections whose row names that
    /// container. Rows written without one (documents not read from a blob, or stored before rows named their
    /// container) are not listed.
    /// </summary>
    public async IAsyncEnumerable<StoredSource> ListSourcesAsync(string container, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(container);
        await _tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        foreach (var (table, row) in new[] { (_tables.Cases, CaseEntityMapper.Row), (_tables.Rejections, RejectionEntity.Row) })
        {
            var filter = TableClient.CreateQueryFilter($"RowKey eq {row} and Container eq {container}");
            await foreach (var entity in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "Name"], cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                if (entity.GetString("Name") is { Length: > 0 } name)
                {
                    yield return new StoredSource(entity.PartitionKey, name);
                }
            }
        }
    }

    /// <summary>Names the source container on a row written from a blob.</summary>
    private void MarkSource(TableEntity entity, string? blobETag)
    {
        if (blobETag is not null && SourceContainer is not null)
        {
            entity[ContainerColumn] = SourceContainer;
        }
    }

    private string? SourceOf(string? blobETag) => blobETag is null ? null : SourceContainer;
}
