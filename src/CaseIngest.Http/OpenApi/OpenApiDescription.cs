using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CaseIngest.Http.OpenApi;

/// <summary>
/// The API's OpenAPI document: title and description, the function-key security scheme (header
/// <c>x-functions-key</c> or query <c>code</c>), a 401 answer on every operation, and the server URL of the request
/// that asked for the document (so the document is right behind any host name or port).
/// </summary>
public static class OpenApiDescription
{
    public const string HeaderScheme = "functionKeyHeader";
    public const string QueryScheme = "functionKeyQuery";

    public static void Configure(OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddDocumentTransformer((document, context, _) =>
        {
            document.Info.Title = "CaseIngest API";
            document.Info.Description = "Case records extracted from medical case reports: query by drug, status, marker (and its result or value), outcome, diagnosis, adverse event, year, sex, age, DOI and PMID. "
                + "In Azure every operation needs a function key (header x-functions-key or query parameter code); the local host needs none.";
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[HeaderScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Header, Name = "x-functions-key", Description = "A function key of the function app.",
            };
            document.Components.SecuritySchemes[QueryScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Query, Name = "code", Description = "A function key of the function app, as a query parameter.",
            };
            document.Security =
            [
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(HeaderScheme, document)] = [] },
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(QueryScheme, document)] = [] },
            ];
            if (context.ApplicationServices.GetService(typeof(IHttpContextAccessor)) is IHttpContextAccessor { HttpContext.Request: { } request })
            {
                document.Servers = [new OpenApiServer { Url = request.Scheme + "://" + request.Host.Value + request.PathBase.Value }];
            }

            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, _, _) =>
        {
            operation.Responses ??= [];
            operation.Responses.TryAdd("401", new OpenApiResponse { Description = "The function key is missing or wrong (Azure only)." });
            return Task.CompletedTask;
        });
    }
}
