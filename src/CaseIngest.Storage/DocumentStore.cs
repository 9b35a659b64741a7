using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace CaseIngest.Storage;

/// <summary>The ingest container: documents are uploaded, listed and read here by blob name.</summary>
public sealed class DocumentStore
{
    private readonly BlobContainerClient _container;
    private readonly CreateOnce _creation;

    public DocumentStore(BlobServiceClient service, string containerName = StorageNames.DocumentsContainer)
    {
        ArgumentNullException.ThrowIfNull(service);
        _container = service.GetBlobContainerClient(containerName);
        _creation = new CreateOnce(cancellationToken => _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken));
    }

    public string ContainerName => _container.Name;

    public Task EnsureCreatedAsync(CancellationToken cancellationToken = default) => _creation.EnsureAsync(cancellationToken);

    /// <summary>Uploads (or replaces) a document and returns its new ETag.</summary>
    public async Task<string> UploadAsync(string name, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (!BlobNames.IsValid(name))
        {
            throw new ArgumentException("The name cannot be used as a document name.", nameof(name));
        }

        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var response = await _container.GetBlobClient(name).UploadAsync(content, overwrite: true, cancellationToken).ConfigureAwait(false);
        return response.Value.ETag.ToString().Trim('"');
    }

    /// <summary>Deletes a document's blob; false when there was none.</summary>
    public async Task<bool> DeleteAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (!BlobNames.IsValid(name))
        {
            throw new ArgumentException("The name cannot be used as a document name.", nameof(name));
        }

        var response = await _container.GetBlobClient(name).DeleteIfExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.Value;
    }

    /// <summary>Whether the container holds a blob of this name now.</summary>
    public async Task<bool> ExistsAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (!BlobNames.IsValid(name))
        {
            throw new ArgumentException("The name cannot be used as a document name.", nameof(name));
        }

        var response = await _container.GetBlobClient(name).ExistsAsync(cancellationToken).ConfigureAwait(false);
        return response.Value;
    }

    /// <summary>The document's bytes, or null when there is no such blob.</summary>
    public async Task<DocumentContent?> DownloadAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        try
        {
            var response = await _container.GetBlobClient(name).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            return new DocumentContent(name, response.Value.Content.ToArray(), response.Value.Details.ETag.ToString().Trim('"'));
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <summary>
    /// The document's bytes when the blob is at most <paramref name="maxBytes"/> long. A longer blob is not read: its
    /// length comes from the response headers and the content stream is closed unread. Null when there is no such blob.
    /// </summary>
    public async Task<DocumentContent?> DownloadAsync(string name, long maxBytes, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        try
        {
            var response = await _container.GetBlobClient(name).DownloadStreamingAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            using var result = response.Value;
            var length = result.Details.ContentLength;
            var etag = result.Details.ETag.ToString().Trim('"');
            if (length > maxBytes)
            {
                return new DocumentContent(name, [], etag) { Length = length, TooLarge = true };
            }

            var bytes = new byte[length];
            await result.Content.ReadExactlyAsync(bytes, cancellationToken).ConfigureAwait(false);
            return new DocumentContent(name, bytes, etag);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <summary>
    /// The length and ETag of the blob a trigger bound (its client may come from another connection), read from its
    /// properties without a byte of content; null when there is no such blob.
    /// </summary>
    public static async Task<StoredDocument?> PropertiesAsync(BlobClient blob, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(blob);
        try
        {
            var properties = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
            return new StoredDocument(name, properties.ETag.ToString().Trim('"'), properties.ContentLength);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    public async IAsyncEnumerable<StoredDocument> ListAsync(string? prefix = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var blob in _container.GetBlobsAsync(new GetBlobsOptions { Prefix = prefix }, cancellationToken).ConfigureAwait(false))
        {
            yield return new StoredDocument(blob.Name, blob.Properties.ETag?.ToString().Trim('"') ?? "", blob.Properties.ContentLength ?? 0);
        }
    }
}
