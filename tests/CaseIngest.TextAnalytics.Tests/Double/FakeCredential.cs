using System.Collections.Concurrent;
using Azure.Core;

namespace CaseIngest.TextAnalytics.Tests.Double;

/// <summary>A token credential that hands out a fixed token and records the scopes it was asked for.</summary>
internal sealed class FakeCredential(string token) : TokenCredential
{
    public ConcurrentQueue<string> Scopes { get; } = new();

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        foreach (var scope in requestContext.Scopes)
        {
            Scopes.Enqueue(scope);
        }

        return new AccessToken(token, DateTimeOffset.UtcNow.AddHours(1));
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        new(GetToken(requestContext, cancellationToken));
}
