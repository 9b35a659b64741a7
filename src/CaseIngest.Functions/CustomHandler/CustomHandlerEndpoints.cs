using System.Text.Json;
using CaseIngest.Functions.Hosting;
using CaseIngest.Functions.Options;
using CaseIngest.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CaseIngest.Functions.CustomHandler;

/// <summary>
/// The custom-handler side: <c>GET /</c> for the host's readiness poll and <c>POST /IngestCaseReport</c> for the blob
/// trigger. Unreadable documents are recorded as rejections and answer 200, so the host does not retry them;
/// storage failures propagate as 500, so it does.
/// </summary>
public static class CustomHandlerEndpoints
{
    public const string IngestFunction = "IngestCaseReport";

    /// <summary>The host sends blobs base64 inside JSON and accepts requests up to 100 MB; allow that, plus room.</summary>
    public const long MaxInvocationBytes = 128L * 1024 * 1024;

    public static IEndpointRouteBuilder MapCustomHandler(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => TypedResults.Text("CaseIngest handler ready")).ExcludeFromDescription();
        app.MapPost("/" + IngestFunction, IngestAsync)
            .WithMetadata(new RequestSizeLimitAttribute(MaxInvocationBytes))
            .ExcludeFromDescription();
        return app;
    }

    internal static async Task<Results<Ok<InvocationResponse>, ProblemHttpResult>> IngestAsync(
        JsonElement body,
        IngestService ingest,
        IOptions<CaseIngestOptions> options,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger("CaseIngest.Functions.CustomHandler." + IngestFunction);
        if (!BlobInvocationDecoder.TryDecode(body, options.Value.ContainerName, out var invocation, out var reason))
        {
            Log.BadInvocation(logger, IngestFunction, reason);
            return TypedResults.Problem(title: "The invocation payload cannot be used.", detail: reason, statusCode: StatusCodes.Status400BadRequest);
        }

        var outcome = invocation!.Bytes is { } bytes
            ? await ingest.IngestAsync(invocation.Name, bytes, invocation.ETag, cancellationToken: cancellationToken).ConfigureAwait(false)
            : await ingest.IngestBlobAsync(invocation.Name, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (outcome is null)
        {
            Log.BlobMissing(logger, Core.RecordIds.FromName(invocation.Name));
            return TypedResults.Ok(new InvocationResponse(new Dictionary<string, object?>(), ["The blob no longer exists; nothing to ingest."], null));
        }

        string line;
        if (outcome.Status == IngestStatus.Rejected)
        {
            Log.Rejected(logger, outcome.Id, outcome.ErrorCode);
            line = $"Rejected document for record {outcome.Id}: {outcome.ErrorCode}";
        }
        else
        {
            Log.Ingested(logger, outcome.Id, outcome.Status, outcome.FactCount);
            line = $"Record {outcome.Id}: {outcome.Status}, {outcome.FactCount} facts";
        }

        return TypedResults.Ok(new InvocationResponse(new Dictionary<string, object?>(), [line], new { id = outcome.Id, status = outcome.Status.ToString() }));
    }
}
