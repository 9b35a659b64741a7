using CaseIngest.Core;
using CaseIngest.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaseIngest.Application;

/// <summary>
/// The one registration every shell (function app, local host, CLI) calls: options from section <c>CaseIngest</c>
/// validated at start, the engine's options (its size limit and vocabularies: the one source of both) and the engine built from them, storage clients with one retry policy and credential, the
/// ingest use case and the queries behind the API.
/// </summary>
public static class CaseIngestServiceCollectionExtensions
{
    public static IServiceCollection AddCaseIngest(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<CaseIngestOptions>().Bind(configuration.GetSection(CaseIngestOptions.Section)).ValidateDataAnnotations().ValidateOnStart();

        services.TryAddSingleton(sp => StorageClients.Blobs(Options(sp)));
        services.TryAddSingleton(sp => StorageClients.Tables(Options(sp)));
        services.TryAddSingleton(sp => StorageClients.Queues(Options(sp)));
        services.TryAddSingleton(sp => new ReprocessQueue(sp.GetRequiredService<Azure.Storage.Queues.QueueServiceClient>(), Options(sp).ReprocessQueueName));
        services.TryAddSingleton(sp => EngineOptionsOf(Options(sp)));
        services.TryAddSingleton(sp => TextAnalyticsWiring.CreateEngine(Options(sp), sp.GetRequiredService<EngineOptions>()));
        services.TryAddSingleton(sp => new LazyEngine(sp.GetRequiredService<EngineOptions>(), () => sp.GetRequiredService<CaseEngine>()));
        services.TryAddSingleton<StorageTables>();
        services.TryAddSingleton(sp => new DocumentStore(sp.GetRequiredService<Azure.Storage.Blobs.BlobServiceClient>(), Options(sp).ContainerName));
        services.TryAddSingleton(sp => new CaseStore(sp.GetRequiredService<StorageTables>(), sp.GetRequiredService<Azure.Storage.Blobs.BlobServiceClient>())
        {
            SourceContainer = Options(sp).ContainerName,
        });
        services.TryAddSingleton<CaseCatalog>();
        services.TryAddSingleton<CaseQueries>();
        services.TryAddSingleton(sp => new IngestService(
            sp.GetRequiredService<LazyEngine>(),
            sp.GetRequiredService<CaseStore>(),
            sp.GetRequiredService<DocumentStore>(),
            Options(sp).MaxIngestAttempts,
            sp.GetService<ILogger<IngestService>>()));
        services.AddHostedService<EngineWarmup>();
        return services;
    }

    /// <summary>
    /// The settings of section <c>CaseIngest</c> bound and validated as <see cref="AddCaseIngest"/> registers them (the
    /// same binder, the same DataAnnotations validation, the same <see cref="OptionsValidationException"/>), without a
    /// service container: for a command that needs the settings and no service (the CLI's extract), where building
    /// the container is most of what reading them costs.
    /// </summary>
    public static CaseIngestOptions ReadOptions(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new CaseIngestOptions();
        configuration.GetSection(CaseIngestOptions.Section).Bind(options);
        var name = Microsoft.Extensions.Options.Options.DefaultName;
        var result = new DataAnnotationValidateOptions<CaseIngestOptions>(name).Validate(name, options);
        return result.Failed ? throw new OptionsValidationException(name, typeof(CaseIngestOptions), result.Failures) : options;
    }

    /// <summary>The engine options the settings describe: size limit and the optional vocabularies.</summary>
    public static EngineOptions EngineOptionsOf(CaseIngestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new EngineOptions
        {
            MaxDocumentBytes = options.MaxDocumentBytes,
            DrugBankVocabularyPath = string.IsNullOrWhiteSpace(options.DrugBankVocabularyPath) ? null : options.DrugBankVocabularyPath,
            MarkerGeneListPath = string.IsNullOrWhiteSpace(options.MarkerGeneListPath) ? null : options.MarkerGeneListPath,
        };
    }

    private static CaseIngestOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<CaseIngestOptions>>().Value;
}
