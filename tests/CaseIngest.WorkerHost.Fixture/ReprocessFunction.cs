using CaseIngest.Application;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace CaseIngest.WorkerHost.Fixture;

/// <summary>The reprocess fan-out's queue trigger: one message, one document extracted again.</summary>
internal sealed class ReprocessFunction(IngestService ingest, ILogger<ReprocessFunction> logger)
{
    [Function("ReprocessRequested")]
    public async Task RunAsync([QueueTrigger("%CaseIngest:ReprocessQueueName%")] string message, CancellationToken cancellationToken)
    {
        if (ReprocessQueue.Parse(message) is not { } request)
        {
            logger.LogWarning("A reprocess message that is not one was dropped.");
            return;
        }

        await ingest.ReprocessAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
