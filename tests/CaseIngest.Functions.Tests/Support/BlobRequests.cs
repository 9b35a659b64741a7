using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Storage.Blobs;

namespace CaseIngest.Functions.Tests.Support;

/// <summary>
/// Counts the requests a blob client sends, per blob path: downloads (GET of the blob) and property reads (HEAD),
/// so a test can tell whether a document's bytes were read.
/// </summary>
public sealed class BlobRequests
{
    private readonly ConcurrentQueue<(string Method, string Path)> _requests = new();

    /// <summary>A blob service client on <paramref name="connectionString"/> whose requests are counted here.</summary>
    public BlobServiceClient Client(string connectionString)
    {
        var options = new BlobClientOptions();
        options.AddPolicy(new Counter(_requests), HttpPipelinePosition.PerCall);
        return new BlobServiceClient(connectionString, options);
    }

    /// <summary>Every request sent, whatever it addressed.</summary>
    public int Total => _requests.Count;

    public int Downloads(string name) => Count("GET", name);

    public int PropertyReads(string name) => Count("HEAD", name);

    private int Count(string method, string name)
    {
        var suffix = "/" + string.Join('/', name.Split('/').Select(Uri.EscapeDataString));
        return _requests.Count(r => r.Method == method && r.Path.EndsWith(suffix, StringComparison.Ordinal));
    }

    private sealed class Counter(ConcurrentQueue<(string Method, string Path)> requests) : HttpPipelineSynchronousPolicy
    {
        public override void OnSendingRequest(HttpMessage message)
        {
            var uri = message.Request.Uri.ToUri();
            requests.Enqueue((message.Request.Method.Method, uri.AbsolutePath));
        }
    }
}
