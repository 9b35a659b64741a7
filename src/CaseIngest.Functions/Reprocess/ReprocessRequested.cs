using CaseIngest.Application;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace CaseIngest.Functions.Reprocess;

/// <summary>
/// The reprocess fan-out's consumer: one queue message (<c>{"name": "…"}</c>, written by <c>caseingest reprocess</c>)
/// is one document extracted again, on as many instances as the plan scales to. A message that is not one is
/// logged and dropped (the invocation succeeds); a storage failure throws, so the host retries the message and
/// moves it to the poison queue after its last try.
/// </summary>
internal sealed class ReprocessRequested(IngestService ingest, ILogger<ReprocessRequested> logger)
{
    public const string Name = "ReprocessRequested";

    [Function(Name)]
    public async Task RunAsync(
        [QueueTrigger(FunctionSettings.ReprocessQueue, Connection = FunctionSettings.StorageConnection)] string message,
        CancellationToken cancellationToken)
    {
        if (ReprocessQueue.Parse(message ?? "") is not { } request)
        {
            Log.BadReprocessMessage(logger);
            return;
        }

        _ = await ingest.ReprocessAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
