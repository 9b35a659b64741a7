using Azure.Core;
using Azure.Core.Pipeline;

namespace CaseIngest.TextAnalytics.Client;

/// <summary>Sends a Language resource key in <c>Ocp-Apim-Subscription-Key</c>. The key is held here only, never logged.</summary>
internal sealed class SubscriptionKeyPolicy(string key) : HttpPipelineSynchronousPolicy
{
    public const string HeaderName = "Ocp-Apim-Subscription-Key";

    public override void OnSendingRequest(HttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        message.Request.Headers.SetValue(HeaderName, key);
    }
}
