using System.Text.Json;
using CaseIngest.Application;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CaseIngest.Functions.CustomHandler;

/// <summary>
/// The custom-handler side: <c>GET /</c> for the host's readiness poll and <c>POST /IngestCaseReport</c> for the blob
/// trigger. Unreadable documents are recorded as rejections and answer 200, so the host does not retry them;
/// storage failures propagate as 500, so it does.
/// </summary>
public static partial class CustomHandlerEndpoints
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
        HttpRequest request,
        IngestService ingest,
        IOptions<CaseIngestOptions> options,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger("CaseIngest.Functions.CustomHandler." + IngestFunction);

        // The body is parsed here rather than bound: a binding failure would log the parser's message, which quotes the body.
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, default, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            BadInvocation(logger, IngestFunction, "the body is not JSON");
            return TypedResults.Problem(title: "The invocation payload cannot be used.", detail: "the body is not JSON", statusCode: StatusCodes.Status400BadRequest);
        }

        using var _ = document;
        var body = document.RootElement;
        if (!BlobInvocationDecoder.TryDecode(body, options.Value.ContainerName, out var invocation, out var reason))
        {
            BadInvocation(logger, IngestFunction, reason);
            return TypedResults.Problem(title: "The invocation payload cannot be used.", detail: reason, statusCode: StatusCodes.Status400BadRequest);
        }

        var outcome = invocation!.Bytes is { } bytes
            ? await ingest.IngestAsync(invocation.Name, bytes, invocation.ETag, cancellationToken: cancellationToken).ConfigureAwait(false)
            : await ingest.IngestBlobAsync(invocation.Name, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (outcome is null)
        {
            return TypedResults.Ok(new InvocationResponse(new Dictionary<string, object?>(), ["The blob no longer exists; nothing to ingest."], null));
        }

        var line = outcome.Status == IngestStatus.Rejected
            ? $"Rejected document for record {outcome.Id}: {outcome.ErrorCode}"
            : $"Record {outcome.Id}: {outcome.Status}, {outcome.FactCount} facts";

        return TypedResults.Ok(new InvocationResponse(new Dictionary<string, object?>(), [line], new { id = outcome.Id, status = outcome.Status.ToString() }));
    }

    [LoggerMessage(3, LogLevel.Warning, "Invocation payload of {FunctionName} cannot be used: {Reason}")]
    private static partial void BadInvocation(ILogger logger, string functionName, string reason);
}
