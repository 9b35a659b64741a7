using CaseIngest.Application;
using CaseIngest.Http.Browser;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace CaseIngest.Functions.Browser;

/// <summary>GET /cases/{id}: one case's page, its facts with their evidence marked in the document text.</summary>
internal sealed class CasePage(CaseQueries queries)
{
    [Function(nameof(CasePage))]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = BrowserFunctionRoutes.Case)] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return BrowserHandlers.CasePageAsync(id, request, queries, cancellationToken);
    }
}
