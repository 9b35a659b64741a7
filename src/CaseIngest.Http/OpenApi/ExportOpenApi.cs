using CaseIngest.Http.Browser;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CaseIngest.Http.OpenApi;

/// <summary>The export's query parameters in the OpenAPI document: the format and the browser's filters (read from the request, so not inferred), which GET /api/cases applies.</summary>
internal static class ExportOpenApi
{
    public static Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.Parameters ??= [];
        operation.Parameters.Add(Query("format", "csv (default) or jsonl."));
        foreach (var filter in BrowserFilters.All)
        {
            operation.Parameters.Add(Query(filter.Parameter, filter.Label + ", as on the case browser's search page" + (filter.Help is null ? "." : ": " + filter.Help)));
        }

        operation.Parameters.Add(Query(BrowserFilters.TitleText, "Text the article title contains."));
        return Task.CompletedTask;
    }

    private static OpenApiParameter Query(string name, string description) => new()
    {
        Name = name,
        In = ParameterLocation.Query,
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
    };
}
