using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using Azure.Core.Diagnostics;
using CaseIngest.TextAnalytics.Client;
using CaseIngest.TextAnalytics.Tests.Double;

namespace CaseIngest.TextAnalytics.Tests.Client;

/// <summary>Both ways to authenticate: the resource key header, never logged nor quoted, and a bearer token with the Cognitive Services scope.</summary>
public sealed class AuthenticationTests
{
    private const string Report = "Nivolumab was given.";

    [Fact]
    public async Task TheKeyIsSentInItsHeaderAndNeverAppearsInTheClientsLogs()
    {
        await using var service = await LanguageServiceDouble.StartAsync();
        service.RequiredKey = TestClients.Key;
        service.RunningPolls = 1;
        var logs = new ConcurrentQueue<string>();
        using (new AzureEventSourceListener((_, message) => logs.Enqueue(message), EventLevel.Verbose))
        {
            await TestClients.WithKey(service).AnalyzeHealthcareAsync([new HealthcareInput("0", Report)]);
        }

        Assert.All(service.Requests, r => Assert.Equal(TestClients.Key, r.Headers["Ocp-Apim-Subscription-Key"]));
        Assert.NotEmpty(logs);
        Assert.Contains(logs, l => l.Contains("Ocp-Apim-Subscription-Key", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(logs, l => l.Contains(TestClients.Key, StringComparison.Ordinal));
        Assert.DoesNotContain(logs, l => l.Contains(Report, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AWrongKeyFailsWithAnErrorThatDoesNotQuoteTheKey()
    {
        await using var service = await LanguageServiceDouble.StartAsync();
        service.RequiredKey = "another-key";

        var error = await Assert.ThrowsAsync<TextAnalyticsException>(() => TestClients.WithKey(service).AnalyzeHealthcareAsync([new HealthcareInput("0", Report)]));

        Assert.Equal(401, error.Status);
        Assert.DoesNotContain(TestClients.Key, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABearerTokenForTheCognitiveServicesScopeIsSentOverHttps()
    {
        await using var service = await LanguageServiceDouble.StartAsync(https: true);
        var credential = new FakeCredential("token-from-a-managed-identity");

        var result = await TestClients.WithToken(service, credential).AnalyzeHealthcareAsync([new HealthcareInput("0", Report)]);

        Assert.Single(result.Documents);
        Assert.StartsWith("https://", service.Endpoint.ToString(), StringComparison.Ordinal);
        Assert.All(service.Requests, r => Assert.Equal("Bearer token-from-a-managed-identity", r.Headers["Authorization"]));
        Assert.All(service.Requests, r => Assert.False(r.Headers.ContainsKey("Ocp-Apim-Subscription-Key")));
        Assert.Equal("https://cognitiveservices.azure.com/.default", Assert.Single(credential.Scopes.Distinct()));
    }
}
