using CaseIngest.Application;
using CaseIngest.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaseIngest.Http;

/// <summary>The query API under <c>/api</c> as ASP.NET Core endpoints over the shared handlers. Errors are RFC 9457 problem details.</summary>
public static class CaseApiEndpoints
{
    public static RouteGroupBuilder MapCaseApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/" + ApiRoutes.Prefix);
        api.MapGet("/" + ApiRoutes.Cases, ([AsParameters] CaseQueryParameters parameters, CaseQueries queries, CancellationToken cancellationToken) => CaseApiHandlers.ListCasesAsync(parameters.ToInput(), queries, cancellationToken))
            .WithName("ListCases").WithSummary("Articles matching every filter given, one page at a time, with how each value was understood.")
            .Produces<CaseListResponse>().ProducesValidationProblem();
        api.MapGet("/" + ApiRoutes.Case, (string id, bool? includeText, CaseQueries queries, CancellationToken cancellationToken) => CaseApiHandlers.GetCaseAsync(id, includeText == true, queries, cancellationToken))
            .WithName("GetCase").WithSummary("The full record, with the other records of the same article under related.")
            .Produces<Core.Model.CaseRecord>(StatusCodes.Status200OK, "application/json").ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/" + ApiRoutes.Article, (string id, CaseQueries queries, CancellationToken cancellationToken) => CaseApiHandlers.GetArticleAsync(id, queries, cancellationToken))
            .WithName("GetArticle").WithSummary("An article with the facts of all its source documents merged, each fact with the sources that state it.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/" + ApiRoutes.Facet, (string facet, CaseQueries queries, CancellationToken cancellationToken) => CaseApiHandlers.ListFacetAsync(facet, queries, cancellationToken))
            .WithName("ListFacet").WithSummary("Values of drug, marker, outcome, diagnosis or status with case counts.")
            .Produces<FacetResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/" + ApiRoutes.Rejections, (string? top, string? continuationToken, CaseQueries queries, CancellationToken cancellationToken) => CaseApiHandlers.ListRejectionsAsync(top, continuationToken, queries, cancellationToken))
            .WithName("ListRejections").WithSummary("Documents that could not be read, and why.")
            .Produces<RejectionPage>().ProducesValidationProblem();
        api.MapGet("/" + ApiRoutes.Health, (CaseQueries queries, CancellationToken cancellationToken) => CaseApiHandlers.HealthAsync(queries, cancellationToken))
            .WithName("Health").WithSummary("Whether storage answers.")
            .Produces<HealthResponse>().ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return api;
    }
}
