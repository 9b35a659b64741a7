using CaseIngest.Application;
using CaseIngest.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace CaseIngest.Functions.Api;

/// <summary>GET /api/facets/{facet}: values of a facet with case counts.</summary>
internal sealed class ListFacet(CaseQueries queries)
{
    [Function(nameof(ListFacet))]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.Prefix + "/" + ApiRoutes.Facet)] HttpRequest request,
        string facet,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return CaseApiHandlers.ListFacetAsync(facet, queries, cancellationToken);
    }
}
