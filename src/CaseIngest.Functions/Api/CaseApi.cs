using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseIngest.Core;
using CaseIngest.Core.Json;
using CaseIngest.Core.Model;
using CaseIngest.Storage;
using CaseIngest.Storage.Keys;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseIngest.Functions.Api;

/// <summary>The query API under <c>/api</c>. Errors are RFC 9457 problem details.</summary>
public static class CaseApi
{
    public static RouteGroupBuilder MapCaseApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/cases", ListCasesAsync).WithName("ListCases").WithSummary("Records matching every filter given, one page at a time.");
        api.MapGet("/cases/{id}", GetCaseAsync).WithName("GetCase").WithSummary("The full record, with the other records of the same article under related.")
            .Produces<CaseRecord>(StatusCodes.Status200OK, "application/json");
        api.MapGet("/facets/{facet}", ListFacetAsync).WithName("ListFacet").WithSummary("Values of drug, marker, outcome, diagnosis or status with case counts.");
        api.MapGet("/rejections", ListRejectionsAsync).WithName("ListRejections").WithSummary("Documents that could not be read, and why.");
        api.MapGet("/health", HealthAsync).WithName("Health").WithSummary("Whether storage answers.");
        return api;
    }

    internal static async Task<Results<Ok<CasePage>, ValidationProblem, ProblemHttpResult>> ListCasesAsync(
        [AsParameters] CaseQueryParameters parameters, CaseCatalog catalog, CancellationToken cancellationToken)
    {
        if (!parameters.TryCreate(out var query, out var errors))
        {
            return TypedResults.ValidationProblem(errors);
        }

        try
        {
            return TypedResults.Ok(await catalog.QueryAsync(query, cancellationToken).ConfigureAwait(false));
        }
        catch (InvalidContinuationTokenException)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["continuationToken"] = ["The continuation token is not valid."] });
        }
    }

    internal static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetCaseAsync(
        string id, bool? includeText, CaseStore store, DocumentStore documents, CaseEngine engine, CancellationToken cancellationToken)
    {
        var record = await store.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return TypedResults.Problem(title: "No such record.", detail: $"There is no record with id '{id}'.", statusCode: StatusCodes.Status404NotFound);
        }

        var node = JsonSerializer.SerializeToNode(record, CaseJson.Options)!.AsObject();
        if (includeText == true)
        {
            var content = await documents.DownloadAsync(record.Document.Name, cancellationToken).ConfigureAwait(false);
            if (content is null || RecordIds.Sha256Hex(content.Bytes) != record.Document.Sha256)
            {
                return TypedResults.Problem(
                    title: "The text is not available.",
                    detail: "The document was changed or deleted after this record was extracted.",
                    statusCode: StatusCodes.Status409Conflict);
            }

            var text = engine.Process(record.Document.Name, content.Bytes, includeText: true).Record?.Document.Text;
            node["document"]!.AsObject()["text"] = text;
        }

        var related = await store.GetRelatedAsync(record, cancellationToken).ConfigureAwait(false);
        node["related"] = JsonSerializer.SerializeToNode(related, JsonSerializerOptions.Web);
        return TypedResults.Content(node.ToJsonString(CaseJson.Options), "application/json; charset=utf-8");
    }

    internal static async Task<Results<Ok<FacetResponse>, ProblemHttpResult>> ListFacetAsync(string facet, CaseCatalog catalog, CancellationToken cancellationToken)
    {
        if (!IndexFacet.IsListable(facet))
        {
            return TypedResults.Problem(
                title: "No such facet.",
                detail: "Facets are " + string.Join(", ", IndexFacet.Listable) + ".",
                statusCode: StatusCodes.Status404NotFound);
        }

        return TypedResults.Ok(new FacetResponse(facet, await catalog.FacetAsync(facet, cancellationToken).ConfigureAwait(false)));
    }

    internal static async Task<Results<Ok<RejectionPage>, ValidationProblem>> ListRejectionsAsync(
        string? top, string? continuationToken, CaseCatalog catalog, CancellationToken cancellationToken)
    {
        if (continuationToken is { Length: > CaseQueryParameters.MaxTokenLength })
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["continuationToken"] = ["The continuation token is not valid."] });
        }

        var size = CaseQuery.DefaultTop;
        if (top is not null && (!int.TryParse(top, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size < 1 || size > CaseQuery.MaxTop))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["top"] = [$"top must be a whole number from 1 to {CaseQuery.MaxTop}."] });
        }

        try
        {
            return TypedResults.Ok(await catalog.RejectionsAsync(size, continuationToken, cancellationToken).ConfigureAwait(false));
        }
        catch (InvalidContinuationTokenException)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["continuationToken"] = ["The continuation token is not valid."] });
        }
    }

    internal static async Task<Results<Ok<HealthResponse>, ProblemHttpResult>> HealthAsync(StorageTables tables, DocumentStore documents, CancellationToken cancellationToken)
    {
        try
        {
            await tables.PingAsync(cancellationToken).ConfigureAwait(false);
            await documents.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is Azure.RequestFailedException or AggregateException)
        {
            return TypedResults.Problem(title: "Storage does not answer.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        return TypedResults.Ok(new HealthResponse("healthy", CaseEngine.ExtractorVersion, "reachable"));
    }
}
