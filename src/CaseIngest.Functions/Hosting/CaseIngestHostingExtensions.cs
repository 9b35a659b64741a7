using CaseIngest.Application;
using CaseIngest.Functions.Api;
using CaseIngest.Functions.CustomHandler;
using CaseIngest.Functions.Local;
using CaseIngest.Functions.Options;

namespace CaseIngest.Functions.Hosting;

/// <summary>The app's wiring: options validated at start, storage clients and services registered once.</summary>
public static class CaseIngestHostingExtensions
{
    public static WebApplicationBuilder AddCaseIngest(this WebApplicationBuilder builder)
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

        if (!RunMode.IsHostedByFunctions(builder.Configuration))
        {
            services.AddHostedService<StorageInitializer>();
            services.AddHostedService<BlobWatcher>();
            services.AddHostedService<DropFolderWatcher>();
        }

        return builder;
    }

    public static WebApplication MapCaseIngest(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapCustomHandler();
        app.MapCaseApi();
        app.MapOpenApi("/api/openapi/{documentName}.json");
        return app;
    }
}
