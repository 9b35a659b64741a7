using CaseIngest.Application;
using CaseIngest.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace CaseIngest.Functions.Api;

/// <summary>
/// The OpenAPI document of the query API, generated once per process from <see cref="CaseApiEndpoints.MapCaseApi"/>
/// (the routes and parameter bindings the local host serves), so it describes the HTTP functions without a second
/// description to keep in step. The application that maps the routes is only built, never started.
/// </summary>
internal sealed class OpenApiDocumentSource
{
    public const string DocumentName = "v1";

    private readonly Lazy<Task<string>> _json = new(BuildAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    public Task<string> GetJsonAsync(CancellationToken cancellationToken) => _json.Value.WaitAsync(cancellationToken);

    private static async Task<string> BuildAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(OpenApiDocumentSource).Assembly.GetName().Name });

        // Registered so the route handlers' CaseQueries parameter is described as a service, not as a request body; never resolved.
        builder.Services.AddSingleton<CaseQueries>(_ => throw new InvalidOperationException("The OpenAPI description does not run queries."));
        builder.Services.AddOpenApi(DocumentName, options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "CaseIngest API";
            document.Info.Description = "Case records extracted from medical case reports: query by drug, marker, outcome, diagnosis, DOI and PMID.";
            return Task.CompletedTask;
        }));


        // The API explorer reads the endpoints from the container's data source, which a built but unstarted app has not
        // filled yet: it is given the app's own.
        var sources = new List<EndpointDataSource>();
        builder.Services.AddSingleton<EndpointDataSource>(_ => new CompositeEndpointDataSource(sources));

        await using var app = builder.Build();
        app.MapCaseApi();
        sources.AddRange(((IEndpointRouteBuilder)app).DataSources);
        var provider = app.Services.GetRequiredKeyedService<IOpenApiDocumentProvider>(DocumentName);
        var document = await provider.GetOpenApiDocumentAsync(CancellationToken.None).ConfigureAwait(false);
        return await document.SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1).ConfigureAwait(false);
    }
}
