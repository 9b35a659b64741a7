using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;

namespace CaseIngest.Functions.Tests.Support;

/// <summary>Records every request a storage client sends (method, unescaped path and query), so a test can count them.</summary>
internal sealed class RequestCounter : HttpPipelineSynchronousPolicy
{
    private readonly ConcurrentQueue<string> _requests = new();

    /// <summary>The requests since the last <see cref="Clear"/>, as <c>METHOD path?query</c>.</summary>
    public IReadOnlyList<string> Requests => [.. _requests];

    public void Clear() => _requests.Clear();

    public override void OnSendingRequest(HttpMessage message)
    {
        var uri = message.Request.Uri.ToUri();
        _requests.Enqueue(message.Request.Method + " " + Uri.UnescapeDataString(uri.PathAndQuery));
    }
}
