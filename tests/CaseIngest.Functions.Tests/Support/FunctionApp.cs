using Azure.Storage.Blobs;
using CaseIngest.Core;
using CaseIngest.Functions.Ingest;
using CaseIngest.Functions.Reprocess;
using CaseIngest.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaseIngest.Functions.Tests.Support;

/// <summary>
/// The function app's function classes over the app's own registrations (<c>AddCaseIngestFunctions</c>, as its
/// Program makes them) against the fixture's Azurite, called the way the worker calls them: the blob trigger with
/// a <see cref="BlobClient"/> of the ingest container and the <c>{name}</c> of its path, the queue trigger with the message text, the HTTP functions
/// through <see cref="CreateClient"/> (a test double of the host's routing). A trigger that throws is what the host
/// retries; one that returns is a success.
/// </summary>
public sealed class FunctionApp : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public FunctionApp(
        IReadOnlyDictionary<string, string?>? settings = null,
        CaseEngine? engine = null,
        ILoggerProvider? logs = null,
        BlobServiceClient? blobs = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging =>
        {
            logging.AddConfiguration(configuration.GetSection("Logging"));
            if (logs is not null)
            {
                logging.AddProvider(logs);
            }
        });
        // the engine and the options it was built from, registered together so the size limit is the engine's
        var registered = engine ?? TestEngine.Keywords;
        services.AddSingleton(registered);
        services.AddSingleton(registered.Options);
        if (blobs is not null)
        {
            services.AddSingleton(blobs);
        }

        services.AddCaseIngestFunctions(configuration);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public IServiceProvider Services => _services;

    public string ContainerName => _services.GetRequiredService<IOptions<CaseIngestOptions>>().Value.ContainerName;

    /// <summary>A function class as the worker makes it: constructor services from the app's container.</summary>
    public T Create<T>() => ActivatorUtilities.CreateInstance<T>(_services);

    /// <summary>The blob the trigger binds for <paramref name="name"/> in the ingest container.</summary>
    public BlobClient Blob(string name) => _services.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(ContainerName).GetBlobClient(name);

    public Task<string> UploadAsync(string name, byte[] bytes) => _services.GetRequiredService<DocumentStore>().UploadAsync(name, new MemoryStream(bytes));

    /// <summary>One blob trigger delivery of <paramref name="name"/>.</summary>
    public Task TriggerAsync(string name, CancellationToken cancellationToken = default) => Create<IngestCaseReport>().RunAsync(Blob(name), name, cancellationToken);

    /// <summary>One reprocess queue message, as its text.</summary>
    public Task DequeueAsync(string message, CancellationToken cancellationToken = default) => Create<ReprocessRequested>().RunAsync(message, cancellationToken);

    /// <summary>A client whose requests reach the HTTP functions, routed by their triggers' routes under <c>/api</c>.</summary>
    public HttpClient CreateClient() => new(new HttpFunctionRouter(_services)) { BaseAddress = new Uri("http://127.0.0.1:7071/") };

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
