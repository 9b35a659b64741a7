using CaseIngest.Application;
using CaseIngest.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace CaseIngest.Functions.Api;

/// <summary>GET /api/cases: records matching every filter given, one page at a time.</summary>
internal sealed class ListCases(CaseQueries queries)
{
    [Function(nameof(ListCases))]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.Prefix + "/" + ApiRoutes.Cases)] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return CaseApiHandlers.ListCasesAsync(RequestParameters.CaseQuery(request), queries, cancellationToken);
    }
}
