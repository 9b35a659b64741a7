using CaseIngest.Http.Browser;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace CaseIngest.Functions.Browser;

/// <summary>
/// GET /api/docs: the interactive API page. Anonymous: it holds no data; the operations it calls (and the OpenAPI
/// document it reads) need the function key, which the page carries along when it came in the query.
/// </summary>
internal sealed class ApiPage
{
    [Function(nameof(ApiPage))]
    public static Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = BrowserFunctionRoutes.ApiPage)] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Task.FromResult(BrowserHandlers.ApiPage(request));
    }
}
