using CaseIngest.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace CaseIngest.Functions.Api;

/// <summary>GET /api/openapi/v1.json: the API's OpenAPI document, described from the same route mapping the local host serves.</summary>
internal sealed class OpenApiDocument(OpenApiDocumentSource documents)
{
    [Function(nameof(OpenApiDocument))]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.Prefix + "/" + ApiRoutes.OpenApi)] HttpRequest request,
        string documentName,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!string.Equals(documentName, OpenApiDocumentSource.DocumentName, StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Problem(title: "No such OpenAPI document.", detail: $"The API is described by {OpenApiDocumentSource.DocumentName}.json.", statusCode: StatusCodes.Status404NotFound);
        }

        return TypedResults.Text(await documents.GetJsonAsync(cancellationToken).ConfigureAwait(false), "application/json; charset=utf-8");
    }
}
