using System.Text.Json;
using Azure.Storage.Queues;
using CaseIngest.Worker.Tests.Rpc;

namespace CaseIngest.Worker.Tests.Host;

/// <summary>
/// How the host delivers trigger events and what it does when an invocation fails:
/// a blob is invoked again until it succeeds, up to <c>poisonBlobThreshold</c> (5) times, then a message naming it goes
/// to the <c>webjobs-blobtrigger-poison</c> queue; a queue message is made visible again after a failure and moved to
/// <c>&lt;queue&gt;-poison</c> once it has been dequeued <c>maxDequeueCount</c> (5) times.
/// </summary>
internal sealed class TriggerDelivery(HostDouble host, QueueServiceClient queues)
{
    public const int PoisonBlobThreshold = 5;
    public const int MaxDequeueCount = 5;
    public const string BlobPoisonQueue = "webjobs-blobtrigger-poison";

    /// <summary>Called before each attempt (1-based; a queue message's dequeue count): tests change the world between deliveries here.</summary>
    public Func<int, Task>? BeforeAttempt { get; set; }

    public async Task<DeliveryResult> DeliverBlobAsync(string functionName, string blobName, Uri blobUri)
    {
        var function = host.Functions[functionName];
        var attempts = new List<InvocationResponse>();
        for (var attempt = 1; attempt <= PoisonBlobThreshold; attempt++)
        {
            if (BeforeAttempt is { } before)
            {
                await before(attempt).ConfigureAwait(false);
            }

            var response = await host.InvokeAsync(Invocations.Blob(function, host.Settings, blobName, blobUri, attempt - 1, PoisonBlobThreshold - 1)).ConfigureAwait(false);
            attempts.Add(response);
            if (response.Result.Status == StatusResult.Types.Status.Success)
            {
                return new DeliveryResult(attempts, Poisoned: false);
            }
        }

        var poison = queues.GetQueueClient(BlobPoisonQueue);
        await poison.CreateIfNotExistsAsync().ConfigureAwait(false);
        var container = blobUri.Segments[^2].TrimEnd('/');
        await poison.SendMessageAsync(JsonSerializer.Serialize(new { FunctionId = "Host.Functions." + functionName, BlobType = "BlockBlob", ContainerName = container, BlobName = blobName })).ConfigureAwait(false);
        return new DeliveryResult(attempts, Poisoned: true);
    }

    /// <summary>Reads the queue the function listens on until it is empty, invoking the function once per delivery.</summary>
    public async Task<IReadOnlyList<DeliveryResult>> DrainQueueAsync(string functionName)
    {
        var function = host.Functions[functionName];
        var queueName = BindingExpressions.Resolve(LoadedFunction.Text(function.Trigger, "queueName") ?? "", host.Settings);
        var queue = queues.GetQueueClient(queueName);
        var results = new Dictionary<string, List<InvocationResponse>>(StringComparer.Ordinal);
        var poisoned = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var messages = (await queue.ReceiveMessagesAsync(maxMessages: 16, visibilityTimeout: TimeSpan.FromSeconds(60)).ConfigureAwait(false)).Value;
            if (messages.Length == 0)
            {
                break;
            }

            foreach (var message in messages)
            {
                if (BeforeAttempt is { } before)
                {
                    await before((int)message.DequeueCount).ConfigureAwait(false);
                }

                var response = await host.InvokeAsync(Invocations.Queue(function, message.MessageId, message.Body.ToString(), message.DequeueCount, MaxDequeueCount)).ConfigureAwait(false);
                (results.TryGetValue(message.MessageId, out var list) ? list : results[message.MessageId] = []).Add(response);
                if (response.Result.Status == StatusResult.Types.Status.Success)
                {
                    await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt).ConfigureAwait(false);
                }
                else if (message.DequeueCount >= MaxDequeueCount)
                {
                    var poison = queues.GetQueueClient(queueName + "-poison");
                    await poison.CreateIfNotExistsAsync().ConfigureAwait(false);
                    await poison.SendMessageAsync(message.Body.ToString()).ConfigureAwait(false);
                    await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt).ConfigureAwait(false);
                    poisoned.Add(message.MessageId);
                }
                else
                {
                    await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: TimeSpan.Zero).ConfigureAwait(false);
                }
            }
        }

        return [.. results.Select(r => new DeliveryResult(r.Value, poisoned.Contains(r.Key)))];
    }
}
