using CaseIngest.Application;
using CaseIngest.Http;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CaseIngest.LocalHost;

/// <summary>The local host's wiring: the application core, the local-mode services and the API with its OpenAPI document.</summary>
public static class LocalHostExtensions
{
    public static WebApplicationBuilder AddLocalHost(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddCaseIngest(builder.Configuration);
        services.AddOptions<LocalModeOptions>().BindConfiguration(LocalModeOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        services.AddProblemDetails();
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "CaseIngest API";
            document.Info.Description = "Case records extracted from medical case reports: query by drug, marker, outcome, diagnosis, DOI and PMID.";
            return Task.CompletedTask;
        }));

        services.TryAddSingleton<StorageOutage>();
        services.TryAddSingleton<ContainerChanges>();
        services.TryAddSingleton<StorageCreation>();
        services.AddHostedService<StorageInitializer>();
        services.AddHostedService<BlobWatcher>();
        services.AddHostedService<DropFolderWatcher>();
        services.AddHostedService<ReprocessQueueReader>();
        return builder;
    }

    public static WebApplication MapLocalHost(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseQuickHealthAnswer();
        app.MapGet("/", () => TypedResults.Text("CaseIngest local host ready")).ExcludeFromDescription();
        app.MapCaseApi();
        app.MapOpenApi("/" + ApiRoutes.Prefix + "/" + ApiRoutes.OpenApi);
        return app;
    }
}
