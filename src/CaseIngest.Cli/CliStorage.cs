using System.CommandLine;
using CaseIngest.Application;
using CaseIngest.Core;
using CaseIngest.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CaseIngest.Cli;

/// <summary>
/// The application core as the CLI sees it, registered with the same <c>AddCaseIngest</c> as the function app and the
/// local host: the same limits, vocabularies, retry policy and credentials (settings <c>CaseIngest__…</c> from the
/// environment). Storage is <c>--connection</c>, else the settings' connection string or service URIs (managed
/// identity), else the local Azurite on its default ports (what <c>dotnet run --project src/CaseIngest.LocalHost</c> starts).
/// </summary>
internal sealed class CliStorage
{
    public const string EnvironmentVariable = "CaseIngest__StorageConnectionString";

    private const string LocalAzurite = "UseDevelopmentStorage=true";

    private readonly IServiceProvider _services;

    private CliStorage(IServiceProvider services)
    {
        _services = services;
        Tables = services.GetRequiredService<StorageTables>();
        Documents = services.GetRequiredService<DocumentStore>();
        Store = services.GetRequiredService<CaseStore>();
        Catalog = services.GetRequiredService<CaseCatalog>();
    }

    public StorageTables Tables { get; }

    public DocumentStore Documents { get; }

    public CaseStore Store { get; }

    public CaseCatalog Catalog { get; }

    /// <summary>The queries behind the HTTP API (<c>GET /api/cases</c> and the others).</summary>
    public CaseQueries Queries => _services.GetRequiredService<CaseQueries>();

    /// <summary>The reprocess fan-out queue the function app (or the local host) reads.</summary>
    public ReprocessQueue Reprocess => _services.GetRequiredService<ReprocessQueue>();

    public CaseIngestOptions Options => _services.GetRequiredService<IOptions<CaseIngestOptions>>().Value;

    /// <summary>The engine the settings describe (size limit, DrugBank vocabulary, gene list).</summary>
    public CaseEngine Engine => _services.GetRequiredService<CaseEngine>();

    /// <summary>The ingest use case over this storage with <paramref name="engine"/> (default: <see cref="Engine"/>).</summary>
    public IngestService Ingest(CaseEngine? engine = null) =>
        engine is null ? _services.GetRequiredService<IngestService>() : new IngestService(engine, Store, Documents, Options.MaxIngestAttempts);

    public static Option<string?> ConnectionOption() =>
        new("--connection") { Description = $"Storage connection string (default: {EnvironmentVariable}, else local Azurite)." };

    public static Option<string> ContainerOption() =>
        new("--container") { Description = "Blob container of the documents.", DefaultValueFactory = _ => StorageNames.DocumentsContainer };

    public static CliStorage Create(ParseResult parse, Option<string?> connection, Option<string> container, IReadOnlyDictionary<string, string?>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var overrides = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>(), StringComparer.OrdinalIgnoreCase);
        if (parse.GetValue(connection) is { Length: > 0 } given)
        {
            overrides[Key(nameof(CaseIngestOptions.StorageConnectionString))] = given;
        }

        if (parse.GetResult(container) is { Implicit: false })
        {
            overrides[Key(nameof(CaseIngestOptions.ContainerName))] = parse.GetValue(container);
        }

        return new CliStorage(Build(overrides));
    }

    internal static CliStorage Create(string connectionString, string container = StorageNames.DocumentsContainer) =>
        Create(connectionString, new Dictionary<string, string?> { [Key(nameof(CaseIngestOptions.ContainerName))] = container });

    internal static CliStorage Create(string connectionString, IReadOnlyDictionary<string, string?> settings) =>
        new(Build(new Dictionary<string, string?>(settings, StringComparer.OrdinalIgnoreCase) { [Key(nameof(CaseIngestOptions.StorageConnectionString))] = connectionString }));

    /// <summary>The engine options for commands that need no storage (extract): the settings plus the given overrides.</summary>
    public static EngineOptions EngineOptions(IReadOnlyDictionary<string, string?> settings) =>
        CaseIngestServiceCollectionExtensions.EngineOptionsOf(SettingsOnly(settings));

    /// <summary>The engine for extract: the settings' engine (the second reader when it is on, or when <paramref name="forceTextAnalytics"/>).</summary>
    public static CaseEngine ExtractEngine(IReadOnlyDictionary<string, string?> settings, bool forceTextAnalytics) =>
        TextAnalyticsWiring.CreateEngine(SettingsOnly(settings), forceTextAnalytics);

    public static string Key(string option) => CaseIngestOptions.Section + ":" + option;

    /// <summary>
    /// The validated settings alone, for commands that need no storage: no storage client and no service container is
    /// built, so neither the storage and HTTP libraries nor the container are loaded (most of what an <c>extract</c> of
    /// one file used to spend before reading it); the settings bind and validate as the registered ones do.
    /// </summary>
    private static CaseIngestOptions SettingsOnly(IReadOnlyDictionary<string, string?> settings) =>
        CaseIngestServiceCollectionExtensions.ReadOptions(Configuration(settings));

    private static ServiceProvider Build(IReadOnlyDictionary<string, string?> overrides)
    {
        var services = new ServiceCollection();
        services.AddCaseIngest(Configuration(overrides));
        return services.BuildServiceProvider();
    }

    /// <summary>The environment's settings with <paramref name="overrides"/> on top; the local Azurite when no storage is named.</summary>
    private static IConfigurationRoot Configuration(IReadOnlyDictionary<string, string?> overrides)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection(overrides).Build();
        var storage = configuration.GetSection(CaseIngestOptions.Section);
        if (string.IsNullOrEmpty(storage["StorageConnectionString"]) && string.IsNullOrEmpty(storage["BlobServiceUri"]))
        {
            configuration[Key(nameof(CaseIngestOptions.StorageConnectionString))] = LocalAzurite;
        }

        return configuration;
    }
}
