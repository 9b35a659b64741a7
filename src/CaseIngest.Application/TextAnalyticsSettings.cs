namespace CaseIngest.Application;

/// <summary>
/// Settings of section <c>CaseIngest:TextAnalytics</c>: the optional second reader, Text Analytics for Health. It is
/// on when <see cref="Endpoint"/> is set, unless <see cref="Enabled"/> is false; it authenticates with
/// <see cref="Key"/> when set, else with the app's managed identity (role Cognitive Services User on the resource).
/// </summary>
public sealed class TextAnalyticsSettings
{
    /// <summary>The Language resource endpoint, <c>https://&lt;name&gt;.cognitiveservices.azure.com/</c>.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>A resource key; empty for a managed identity (or any DefaultAzureCredential source).</summary>
    public string? Key { get; set; }

    /// <summary>Default: on when the endpoint is set. False keeps the endpoint but turns the reader off.</summary>
    public bool? Enabled { get; set; }

    /// <summary>How long one job may run before the reader gives up and the record keeps the rules' facts only.</summary>
    public int JobTimeoutSeconds { get; set; } = 120;

    public bool IsOn => Enabled ?? Configured is not null;

    /// <summary>The endpoint when one is set (an empty setting binds to an empty URI, which is none).</summary>
    public Uri? Configured => Endpoint is { OriginalString.Length: > 0 } ? Endpoint : null;

    /// <summary>The problems of these settings, if any (messages name settings, never values).</summary>
    public IEnumerable<string> Problems()
    {
        if (Enabled == true && Configured is null)
        {
            yield return "CaseIngest:TextAnalytics:Enabled is true but CaseIngest:TextAnalytics:Endpoint is not set.";
        }

        if (Configured is { } endpoint && (!endpoint.IsAbsoluteUri || (endpoint.Scheme != Uri.UriSchemeHttps && !endpoint.IsLoopback)))
        {
            yield return "CaseIngest:TextAnalytics:Endpoint must be an absolute https URI.";
        }

        if (JobTimeoutSeconds is < 5 or > 3600)
        {
            yield return "CaseIngest:TextAnalytics:JobTimeoutSeconds must be between 5 and 3600.";
        }
    }
}
