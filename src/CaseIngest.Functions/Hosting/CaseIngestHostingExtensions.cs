using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using CaseIngest.Core;
using CaseIngest.Functions.Api;
using CaseIngest.Functions.CustomHandler;
using CaseIngest.Functions.Local;
using CaseIngest.Functions.Options;
using CaseIngest.Storage;
using Microsoft.Extensions.Options;

namespace CaseIngest.Functions.Hosting;

/// <summary>The app's wiring: options validated at start, storage clients and services registered once.</summary>
public static class CaseIngestHostingExtensions
{
    public static WebApplicationBuilder AddCaseIngest(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<CaseIngestOptions>().BindConfiguration(CaseIngestOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<LocalModeOptions>().BindConfiguration(LocalModeOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        services.AddSingleton(sp => CreateBlobService(sp.GetRequiredService<IOptions<CaseIngestOptions>>().Value));
        services.AddSingleton(sp => CreateTableService(sp.GetRequiredService<IOptions<CaseIngestOptions>>().Value));
        services.AddSingleton(sp => CreateEngine(sp.GetRequiredService<IOptions<CaseIngestOptions>>().Value));
        services.AddSingleton<StorageTables>();
        services.AddSingleton(sp => new DocumentStore(sp.GetRequiredService<BlobServiceClient>(), sp.GetRequiredService<IOptions<CaseIngestOptions>>().Value.ContainerName));
        services.AddSingleton<CaseStore>();
        services.AddSingleton<CaseCatalog>();
        services.AddSingleton(sp => new IngestService(
            sp.GetRequiredService<CaseEngine>(),
            sp.GetRequiredService<CaseStore>(),
            sp.GetRequiredService<DocumentStore>(),
            sp.GetRequiredService<IOptions<CaseIngestOptions>>().Value.MaxIngestAttempts));
        services.AddHostedService<EngineWarmup>();

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

    private static CaseEngine CreateEngine(CaseIngestOptions options) => new(new EngineOptions
    {
        MaxDocumentBytes = options.MaxDocumentBytes,
        DrugBankVocabularyPath = string.IsNullOrWhiteSpace(options.DrugBankVocabularyPath) ? null : options.DrugBankVocabularyPath,
    });

    private static BlobServiceClient CreateBlobService(CaseIngestOptions options)
    {
        var clientOptions = new BlobClientOptions();
        ConfigureRetry(clientOptions.Retry, options);
        return string.IsNullOrWhiteSpace(options.StorageConnectionString)
            ? new BlobServiceClient(options.BlobServiceUri, Credential(options), clientOptions)
            : new BlobServiceClient(options.StorageConnectionString, clientOptions);
    }

    private static TableServiceClient CreateTableService(CaseIngestOptions options)
    {
        var clientOptions = new TableClientOptions();
        ConfigureRetry(clientOptions.Retry, options);
        return string.IsNullOrWhiteSpace(options.StorageConnectionString)
            ? new TableServiceClient(options.TableServiceUri, Credential(options), clientOptions)
            : new TableServiceClient(options.StorageConnectionString, clientOptions);
    }

    /// <summary>Transient storage errors (timeouts, 408, 429, 5xx, refused connections) are retried with exponential backoff and jitter.</summary>
    private static void ConfigureRetry(RetryOptions retry, CaseIngestOptions options)
    {
        retry.Mode = RetryMode.Exponential;
        retry.MaxRetries = options.StorageMaxRetries;
        retry.Delay = TimeSpan.FromMilliseconds(options.StorageRetryDelayMilliseconds);
        retry.MaxDelay = TimeSpan.FromSeconds(30);
        retry.NetworkTimeout = TimeSpan.FromSeconds(60);
    }

    private static TokenCredential Credential(CaseIngestOptions options) =>
        string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId));
}
