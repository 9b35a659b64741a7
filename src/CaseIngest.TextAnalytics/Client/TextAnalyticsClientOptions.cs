using Azure.Core;

namespace CaseIngest.TextAnalytics.Client;

/// <summary>
/// Options of <see cref="TextAnalyticsClient"/>: the API version, the job's language and model, how often a running job
/// is polled and how long the client waits for it. Retries (429 and 5xx, honouring <c>Retry-After</c>) are
/// <see cref="ClientOptions.Retry"/>.
/// </summary>
public sealed class TextAnalyticsClientOptions : ClientOptions
{
    /// <summary>The newest generally available version of the analyze-text API with the Healthcare task.</summary>
    public const string DefaultApiVersion = "2024-11-01";

    /// <summary>The scope of a bearer token for Azure AI Language (and every Cognitive Services resource).</summary>
    public const string Scope = "https://cognitiveservices.azure.com/.default";

    public TextAnalyticsClientOptions()
    {
        Retry.Mode = RetryMode.Exponential;
        Retry.MaxRetries = 4;
        Retry.Delay = TimeSpan.FromSeconds(1);
        Retry.MaxDelay = TimeSpan.FromSeconds(30);
        Retry.NetworkTimeout = TimeSpan.FromSeconds(60);
    }

    public string ApiVersion { get; set; } = DefaultApiVersion;

    /// <summary>Language of the documents (ISO 639-1); the health model reads English best.</summary>
    public string Language { get; set; } = "en";

    public string ModelVersion { get; set; } = "latest";

    /// <summary>Wait between polls of a running job when the service sends no <c>Retry-After</c>.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one job may take from submission to results before the client gives up with code <c>timeout</c>.</summary>
    public TimeSpan JobTimeout { get; set; } = TimeSpan.FromMinutes(2);
}
