using Azure.Core;
using Azure.Core.Pipeline;
using CaseIngest.TextAnalytics.Client;

namespace CaseIngest.TextAnalytics.Tests.Double;

/// <summary>Clients of the double with short waits, so tests measure what the service asks for, not the defaults.</summary>
internal static class TestClients
{
    public const string Key = "k3y-0f-the-test-resource-9f1c2b";

    public static TextAnalyticsClientOptions Options(LanguageServiceDouble service, Action<TextAnalyticsClientOptions>? configure = null)
    {
        var options = new TextAnalyticsClientOptions { PollInterval = TimeSpan.FromMilliseconds(20), JobTimeout = TimeSpan.FromSeconds(20) };
        options.Retry.Delay = TimeSpan.FromMilliseconds(10);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(50);
        options.Retry.MaxRetries = 3;
        if (service.Certificate is { } certificate)
        {
            var thumbprint = certificate.Thumbprint;
            options.Transport = new HttpClientTransport(new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented?.Thumbprint == thumbprint,
            });
        }

        configure?.Invoke(options);
        return options;
    }

    public static TextAnalyticsClient WithKey(LanguageServiceDouble service, Action<TextAnalyticsClientOptions>? configure = null) =>
        new(service.Endpoint, Key, Options(service, configure));

    public static TextAnalyticsClient WithToken(LanguageServiceDouble service, TokenCredential credential) =>
        new(service.Endpoint, credential, Options(service));
}
