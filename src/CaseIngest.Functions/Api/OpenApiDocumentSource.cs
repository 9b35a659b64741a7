using CaseIngest.Application;
using CaseIngest.Http;
using CaseIngest.Http.Browser;
using CaseIngest.Http.OpenApi;
using CaseIngest.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace CaseIngest.Functions.Api;

/// <summary>
/// The OpenAPI document of the query API and the export, described by <see cref="OpenApiDescription.Configure"/> as the
/// local host's is and generated once per process from <see cref="CaseApiEndpoints.MapCaseApi"/> and
/// <see cref="BrowserEndpoints.MapCaseBrowser"/> (the routes and parameter bindings the local host serves), so it
/// describes the HTTP functions without a second description to keep in step. The application that maps the routes
/// is only built, never started.
/// </summary>
internal sealed class OpenApiDocumentSource
{
    public const string DocumentName = "v1";

    private readonly Lazy<Task<string>> _json = new(BuildAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    public Task<string> GetJsonAsync(CancellationToken cancellationToken) => _json.Value.WaitAsync(cancellationToken);

    private static async Task<string> BuildAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(OpenApiDocumentSource).Assembly.GetName().Name });

        // Registered so the route handlers' CaseQueries and CaseStore parameters are described as a service, not as a request body; never resolved.
        builder.Services.AddSingleton<CaseQueries>(_ => throw new InvalidOperationException("The OpenAPI description does not run queries."));
        builder.Services.AddSingleton<CaseStore>(_ => throw new InvalidOperationException("The OpenAPI description does not read records."));
        builder.Services.AddOpenApi(DocumentName, OpenApiDescription.Configure);

        // The API explorer reads the endpoints from the container's data source, which a built but unstarted app has not
        // filled yet: it is given the app's own.
        var sources = new List<EndpointDataSource>();
        builder.Services.AddSingleton<EndpointDataSource>(_ => new CompositeEndpointDataSource(sources));

        await using var app = builder.Build();
        app.MapCaseBrowser();
        app.MapCaseApi();
        sources.AddRange(((IEndpointRouteBuilder)app).DataSources);
        var provider = app.Services.GetRequiredKeyedService<IOpenApiDocumentProvider>(DocumentName);
        var document = await provider.GetOpenApiDocumentAsync(CancellationToken.None).ConfigureAwait(false);
        return await document.SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1).ConfigureAwait(false);
    }
}
