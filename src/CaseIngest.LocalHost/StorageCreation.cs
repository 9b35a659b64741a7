using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using CaseIngest.Application;
using CaseIngest.Storage;
using Microsoft.Extensions.Options;

namespace CaseIngest.LocalHost;

/// <summary>
/// Creates the containers, tables and reprocess queue when they are missing, with direct requests (the stores create
/// theirs once per process, so an emulator restarted empty would otherwise answer "not found" from then on).
/// </summary>
internal sealed class StorageCreation(BlobServiceClient blobs, TableServiceClient tables, ReprocessQueue queue, IOptions<CaseIngestOptions> options, StorageOutage outage)
{
    private static readonly string[] Tables = [StorageNames.CasesTable, StorageNames.FactsTable, StorageNames.IndexTable, StorageNames.RejectionsTable];

    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        try
        {
            foreach (var container in new[] { options.Value.ContainerName, StorageNames.RecordsContainer })
            {
                await blobs.GetBlobContainerClient(container).CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            }

            foreach (var table in Tables)
            {
                await tables.CreateTableIfNotExistsAsync(table, cancellationToken).ConfigureAwait(false);
            }

            await queue.Client.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RequestFailedException or AggregateException)
        {
            outage.Failed("creating the container, tables and queue", null, ex);
        }
    }
}
