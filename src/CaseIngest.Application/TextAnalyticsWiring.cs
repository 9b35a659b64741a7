using Azure.Identity;
using CaseIngest.Core;
using CaseIngest.Core.Extraction;
using CaseIngest.TextAnalytics;
using CaseIngest.TextAnalytics.Client;
using CaseIngest.TextAnalytics.Reading;

namespace CaseIngest.Application;

/// <summary>
/// The engine the settings describe: the rules' pipeline, and after it the Text Analytics step when the second reader
/// is on. When it is off the engine keeps the default pipeline, so records are exactly the rules'.
/// </summary>
public static class TextAnalyticsWiring
{
    public static CaseEngine CreateEngine(CaseIngestOptions options, bool forceTextAnalytics = false) =>
        CreateEngine(options, CaseIngestServiceCollectionExtensions.EngineOptionsOf(options ?? throw new ArgumentNullException(nameof(options))), forceTextAnalytics);

    /// <summary>The engine built from <paramref name="engineOptions"/> (the registered ones), with the second reader <paramref name="options"/> describe.</summary>
    public static CaseEngine CreateEngine(CaseIngestOptions options, EngineOptions engineOptions, bool forceTextAnalytics = false)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(engineOptions);
        var settings = options.TextAnalytics;
        if (!settings.IsOn && !forceTextAnalytics)
        {
            return new CaseEngine(engineOptions);
        }

        if (settings.Configured is null)
        {
            throw new InvalidOperationException("Set CaseIngest:TextAnalytics:Endpoint (CaseIngest__TextAnalytics__Endpoint) to the Language resource's endpoint.");
        }

        var reader = new HealthcareReader(Client(settings, options.ManagedIdentityClientId));
        return new CaseEngine(engineOptions, DefaultPipeline.Create(engineOptions).With(new TextAnalyticsStep(reader)));
    }

    private static TextAnalyticsClient Client(TextAnalyticsSettings settings, string? managedIdentityClientId)
    {
        var clientOptions = new TextAnalyticsClientOptions { JobTimeout = TimeSpan.FromSeconds(settings.JobTimeoutSeconds) };
        if (settings.Key is { Length: > 0 } key)
        {
            return new TextAnalyticsClient(settings.Configured!, key, clientOptions);
        }

        Azure.Core.TokenCredential credential = string.IsNullOrWhiteSpace(managedIdentityClientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(managedIdentityClientId));
        return new TextAnalyticsClient(settings.Configured!, credential, clientOptions);
    }
}
