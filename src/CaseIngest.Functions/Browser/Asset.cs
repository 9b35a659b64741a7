using CaseIngest.Http.Browser;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace CaseIngest.Functions.Browser;

/// <summary>
/// GET /assets/{name}: the browser's embedded script or stylesheet, by exact name (anything else is 404, so no path
/// reaches the file system). Anonymous: browsers fetch a page's assets without its key.
/// </summary>
internal sealed class Asset
{
    [Function(nameof(Asset))]
    public static Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = BrowserFunctionRoutes.Asset)] HttpRequest request,
        string name)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Task.FromResult(BrowserHandlers.Asset(name));
    }
}
