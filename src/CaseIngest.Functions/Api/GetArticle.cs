using CaseIngest.Application;
using CaseIngest.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace CaseIngest.Functions.Api;

/// <summary>GET /api/articles/{id}: an article with the facts of all its source documents merged, or 404 problem details.</summary>
internal sealed class GetArticle(CaseQueries queries)
{
    [Function(nameof(GetArticle))]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.Prefix + "/" + ApiRoutes.Article)] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return CaseApiHandlers.GetArticleAsync(id, queries, cancellationToken);
    }
}
