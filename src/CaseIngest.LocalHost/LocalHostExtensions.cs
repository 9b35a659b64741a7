using CaseIngest.Application;
using CaseIngest.Http;
using CaseIngest.Http.Browser;
using CaseIngest.Http.OpenApi;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CaseIngest.LocalHost;

/// <summary>The local host's wiring: the application core, the local-mode services and the API with its OpenAPI document and the case browser.</summary>
public static class LocalHostExtensions
{
    public static WebApplicationBuilder AddLocalHost(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddCaseIngest(builder.Configuration);
        services.AddOptions<LocalModeOptions>().BindConfiguration(LocalModeOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        services.AddProblemDetails();
        services.AddHttpContextAccessor();
        services.AddOpenApi(OpenApiDescription.Configure);

        services.TryAddSingleton<StorageOutage>();
        services.TryAddSingleton<ContainerChanges>();
        services.TryAddSingleton<StorageCreation>();
        services.TryAddSingleton<MissingBlobSweep>();
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
        app.MapCaseBrowser();
        app.MapCaseApi();
        app.MapOpenApi("/" + ApiRoutes.Prefix + "/" + ApiRoutes.OpenApi);
        return app;
    }
}
