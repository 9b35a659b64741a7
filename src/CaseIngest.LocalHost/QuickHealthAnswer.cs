using CaseIngest.Http;
using Microsoft.Extensions.Options;

namespace CaseIngest.LocalHost;

/// <summary>
/// Keeps <c>/api/health</c> quick when storage is down: 503 at once while the emulator the local host runs is being
/// restarted, and 503 after <see cref="LocalModeOptions.HealthTimeoutMilliseconds"/> when storage does not answer
/// (the storage clients would otherwise retry for seconds before the health check could say so).
/// </summary>
internal static class QuickHealthAnswer
{
    private const string Title = "Storage does not answer.";

    public static IApplicationBuilder UseQuickHealthAnswer(this IApplicationBuilder app)
    {
        var path = new PathString("/" + ApiRoutes.Prefix + "/" + ApiRoutes.Health);
        return app.Use(async (context, next) =>
        {
            if (!context.Request.Path.Equals(path, StringComparison.OrdinalIgnoreCase))
            {
                await next(context).ConfigureAwait(false);
                return;
            }

            var outage = context.RequestServices.GetRequiredService<StorageOutage>();
            if (outage.EmulatorDown)
            {
                await UnavailableAsync(context).ConfigureAwait(false);
                return;
            }

            var timeout = TimeSpan.FromMilliseconds(context.RequestServices.GetRequiredService<IOptions<LocalModeOptions>>().Value.HealthTimeoutMilliseconds);
            var aborted = context.RequestAborted;
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(aborted);
            limit.CancelAfter(timeout);
            context.RequestAborted = limit.Token;
            try
            {
                await next(context).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (limit.IsCancellationRequested && !aborted.IsCancellationRequested && !context.Response.HasStarted)
            {
                await UnavailableAsync(context).ConfigureAwait(false);
            }
            finally
            {
                context.RequestAborted = aborted;
            }
        });
    }

    private static Task UnavailableAsync(HttpContext context) =>
        TypedResults.Problem(title: Title, statusCode: StatusCodes.Status503ServiceUnavailable).ExecuteAsync(context);
}
