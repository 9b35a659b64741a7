using CaseIngest.Application;
using CaseIngest.Functions.Api;
using CaseIngest.Functions.Delete;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CaseIngest.Functions;

/// <summary>What the function classes need: the application core (the same <c>AddCaseIngest</c> the local host and the CLI call), problem details, the OpenAPI description and the blob-deleted handler.</summary>
internal static class FunctionAppServices
{
    public static IServiceCollection AddCaseIngestFunctions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCaseIngest(configuration);
        services.AddProblemDetails();
        services.AddSingleton<OpenApiDocumentSource>();
        services.AddSingleton<DeletedBlobHandler>();
        return services;
    }
}
