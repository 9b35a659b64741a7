using System.Text.Json;
using Azure.Storage.Queues;
using CaseIngest.Storage;

namespace CaseIngest.Application;

/// <summary>
/// The reprocess fan-out: one queue message per document, so every instance that reads the queue (the function
/// app's queue trigger, the local host's queue reader) takes a share. Messages are small JSON, base64-encoded.
/// </summary>
public sealed class ReprocessQueue
{
    public const string DefaultName = "case-reprocess";

    private readonly CreateOnce _creation;

    public ReprocessQueue(QueueServiceClient service, string name = DefaultName)
    {
        ArgumentNullException.ThrowIfNull(service);
        Client = service.GetQueueClient(name);
        _creation = new CreateOnce(cancellationToken => Client.CreateIfNotExistsAsync(cancellationToken: cancellationToken));
    }

    public string Name => Client.Name;

    internal QueueClient Client { get; }

    public Task EnsureCreatedAsync(CancellationToken cancellationToken = default) => _creation.EnsureAsync(cancellationToken);

    /// <summary>Enqueues one message per document of the container (under <paramref name="prefix"/>); reports each count.</summary>
    public async Task<int> EnqueueAllAsync(DocumentStore documents, string? prefix, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var count = 0;
        await foreach (var blob in documents.ListAsync(prefix, cancellationToken).ConfigureAwait(false))
        {
            await Client.SendMessageAsync(Serialize(new ReprocessMessage(blob.Name)), cancellationToken).ConfigureAwait(false);
            count++;
            progress?.Report(count);
        }

        return count;
    }

    public static string Serialize(ReprocessMessage message) => JsonSerializer.Serialize(message, JsonSerializerOptions.Web);

    /// <summary>The message, or null when the text is not one (such a message is dropped, not retried).</summary>
    public static ReprocessMessage? Parse(string text)
    {
        try
        {
            return JsonSerializer.Deserialize<ReprocessMessage>(text, JsonSerializerOptions.Web) is { Name.Length: > 0 } message ? message : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
