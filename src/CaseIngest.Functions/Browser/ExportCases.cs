using CaseIngest.Application;
using CaseIngest.Http.Browser;
using CaseIngest.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace CaseIngest.Functions.Browser;

/// <summary>GET /api/export: the records matching the browser's filters as CSV or JSON Lines, streamed.</summary>
internal sealed class ExportCases(CaseQueries queries, CaseStore store)
{
    [Function(nameof(ExportCases))]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = BrowserFunctionRoutes.Export)] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Task.FromResult(BrowserHandlers.Export(request, queries, store));
    }
}
