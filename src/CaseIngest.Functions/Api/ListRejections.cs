using CaseIngest.Application;
using CaseIngest.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace CaseIngest.Functions.Api;

/// <summary>GET /api/rejections: documents that could not be read, and why.</summary>
internal sealed class ListRejections(CaseQueries queries)
{
    [Function(nameof(ListRejections))]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.Prefix + "/" + ApiRoutes.Rejections)] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return CaseApiHandlers.ListRejectionsAsync(RequestParameters.Query(request, "top"), RequestParameters.Query(request, "continuationToken"), queries, cancellationToken);
    }
}
