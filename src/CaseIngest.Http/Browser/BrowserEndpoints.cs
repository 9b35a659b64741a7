using CaseIngest.Application;
using CaseIngest.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaseIngest.Http.Browser;

/// <summary>The case browser as ASP.NET Core endpoints over the shared handlers (kept out of the OpenAPI document).</summary>
public static class BrowserEndpoints
{
    public static IEndpointRouteBuilder MapCaseBrowser(this IEndpointRouteBuilder app)
    {
        app.MapGet(BrowserRoutes.Search, (HttpRequest request, CaseQueries queries, CaseStore store, CancellationToken cancellationToken) => BrowserHandlers.SearchPageAsync(request, queries, store, cancellationToken))
            .ExcludeFromDescription();
        app.MapGet(BrowserRoutes.Case, (string id, HttpRequest request, CaseQueries queries, CancellationToken cancellationToken) => BrowserHandlers.CasePageAsync(id, request, queries, cancellationToken))
            .ExcludeFromDescription();
        app.MapGet(BrowserRoutes.Export, (HttpRequest request, CaseQueries queries, CaseStore store) => BrowserHandlers.Export(request, queries, store))
            .WithName("ExportCases").WithSummary("The records matching the browser's filters as CSV or JSON Lines (format=csv|jsonl), streamed.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").ProducesValidationProblem()
            .AddOpenApiOperationTransformer(OpenApi.ExportOpenApi.DescribeAsync);
        app.MapGet(BrowserRoutes.ApiPage, (HttpRequest request) => BrowserHandlers.ApiPage(request)).ExcludeFromDescription();
        app.MapGet(BrowserRoutes.Asset, (string name) => BrowserHandlers.Asset(name)).ExcludeFromDescription();
        return app;
    }
}
