using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace CaseIngest.Application;

/// <summary>
/// The storage clients every shell uses: a connection string when one is set, else the service URIs with a managed
/// identity (a user-assigned one when its client id is set); the same retry policy everywhere.
/// </summary>
internal static class StorageClients
{
    public static BlobServiceClient Blobs(CaseIngestOptions options)
    {
        var clientOptions = new BlobClientOptions();
        ConfigureRetry(clientOptions.Retry, options);
        return string.IsNullOrWhiteSpace(options.StorageConnectionString)
            ? new BlobServiceClient(options.BlobServiceUri, Credential(options), clientOptions)
            : new BlobServiceClient(options.StorageConnectionString, clientOptions);
    }

    public static TableServiceClient Tables(CaseIngestOptions options)
    {
        var clientOptions = new TableClientOptions();
        ConfigureRetry(clientOptions.Retry, options);
        return string.IsNullOrWhiteSpace(options.StorageConnectionString)
            ? new TableServiceClient(options.TableServiceUri, Credential(options), clientOptions)
            : new TableServiceClient(options.StorageConnectionString, clientOptions);
    }

    /// <summary>Queue messages are base64, as the Functions queue trigger reads them by default.</summary>
    public static QueueServiceClient Queues(CaseIngestOptions options)
    {
        var clientOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        ConfigureRetry(clientOptions.Retry, options);
        return string.IsNullOrWhiteSpace(options.StorageConnectionString)
            ? new QueueServiceClient(options.QueueServiceUri ?? QueueUriBeside(options.BlobServiceUri), Credential(options), clientOptions)
            : new QueueServiceClient(options.StorageConnectionString, clientOptions);
    }

    /// <summary>The account's queue endpoint when only the blob endpoint is set (https://account.blob… → https://account.queue…).</summary>
    private static Uri? QueueUriBeside(Uri? blobServiceUri) =>
        blobServiceUri is null ? null : new UriBuilder(blobServiceUri) { Host = blobServiceUri.Host.Replace(".blob.", ".queue.", StringComparison.Ordinal) }.Uri;

    /// <summary>Transient storage errors (timeouts, 408, 429, 5xx, refused connections) are retried with exponential backoff and jitter.</summary>
    private static void ConfigureRetry(RetryOptions retry, CaseIngestOptions options)
    {
        retry.Mode = RetryMode.Exponential;
        retry.MaxRetries = options.StorageMaxRetries;
        retry.Delay = TimeSpan.FromMilliseconds(options.StorageRetryDelayMilliseconds);
        retry.MaxDelay = TimeSpan.FromSeconds(30);
        retry.NetworkTimeout = TimeSpan.FromSeconds(60);
    }

    private static TokenCredential Credential(CaseIngestOptions options) =>
        string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId));
}
