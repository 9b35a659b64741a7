using CaseIngest.Application;
using CaseIngest.Http.Browser;
using CaseIngest.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace CaseIngest.Functions.Browser;

/// <summary>GET /: the case browser's search page (filters, results, recent rejections).</summary>
internal sealed class SearchPage(CaseQueries queries, CaseStore store)
{
    [Function(nameof(SearchPage))]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = BrowserFunctionRoutes.Search)] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return BrowserHandlers.SearchPageAsync(request, queries, store, cancellationToken);
    }
}
