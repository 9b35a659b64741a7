using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using CaseIngest.Worker.Tests.Rpc;
using Google.Protobuf;

namespace CaseIngest.Worker.Tests.Host;

/// <summary>
/// Invocation requests as the host builds them for each trigger: the trigger's input under its binding name, the
/// trigger metadata the function's other parameters bind from, a trace context, and the retry context.
/// </summary>
internal static class Invocations
{
    /// <summary>
    /// A blob trigger bound to BlobClient (deferred binding): the host sends no content, only model binding data
    /// naming the connection, container and blob (source AzureStorageBlobs, JSON), which the worker's blob
    /// extension turns into a client.
    /// </summary>
    public static InvocationRequest Blob(LoadedFunction function, IReadOnlyDictionary<string, string> settings, string blobName, Uri blobUri, int retryCount, int maxRetryCount)
    {
        var path = BindingExpressions.Resolve(LoadedFunction.Text(function.Trigger, "path") ?? "", settings);
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        var container = path[..slash];
        var connection = LoadedFunction.Text(function.Trigger, "connection") is { Length: > 0 } named ? named : "Storage";
        var content = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string>
        {
            ["Connection"] = connection,
            ["ContainerName"] = container,
            ["BlobName"] = blobName,
        });
        var request = New(function, retryCount, maxRetryCount);
        request.InputData.Add(new ParameterBinding
        {
            Name = function.TriggerName,
            Data = new TypedData
            {
                ModelBindingData = new ModelBindingData
                {
                    Version = "1.0",
                    Source = "AzureStorageBlobs",
                    ContentType = "application/json",
                    Content = ByteString.CopyFrom(content),
                },
            },
        });
        request.TriggerMetadata["BlobTrigger"] = new TypedData { String = container + "/" + blobName };
        request.TriggerMetadata["Uri"] = new TypedData { String = blobUri.ToString() };
        foreach (var (name, value) in BindingExpressions.Match(path[(slash + 1)..], blobName))
        {
            request.TriggerMetadata[name] = new TypedData { String = value };
        }

        return request;
    }

    /// <summary>A queue trigger: the message text (already decoded from base64) and the message's metadata.</summary>
    public static InvocationRequest Queue(LoadedFunction function, string messageId, string text, long dequeueCount, int maxDequeueCount)
    {
        var request = New(function, (int)dequeueCount - 1, maxDequeueCount - 1);
        request.InputData.Add(new ParameterBinding { Name = function.TriggerName, Data = new TypedData { String = text } });
        request.TriggerMetadata["Id"] = new TypedData { String = messageId };
        request.TriggerMetadata["DequeueCount"] = new TypedData { Json = dequeueCount.ToString(CultureInfo.InvariantCulture) };
        return request;
    }

    /// <summary>
    /// An HTTP trigger with ASP.NET Core integration: the request itself goes to the worker's HttpUri; the invocation
    /// carries the method, URL, route values and query as the trigger's metadata.
    /// </summary>
    public static InvocationRequest Http(LoadedFunction function, string method, Uri url, IReadOnlyDictionary<string, string> routeValues)
    {
        var request = New(function, 0, 0);
        var http = new RpcHttp { Method = method, Url = url.ToString() };
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(url.Query);
        foreach (var (name, value) in query)
        {
            http.Query[name] = value.ToString();
        }

        foreach (var (name, value) in routeValues)
        {
            http.Params[name] = value;
            request.TriggerMetadata[name] = new TypedData { String = value };
        }

        request.InputData.Add(new ParameterBinding { Name = function.TriggerName, Data = new TypedData { Http = http } });
        request.TriggerMetadata["Query"] = new TypedData { Json = JsonSerializer.Serialize(query.ToDictionary(q => q.Key, q => q.Value.ToString())) };
        return request;
    }

    private static InvocationRequest New(LoadedFunction function, int retryCount, int maxRetryCount) => new()
    {
        InvocationId = Guid.NewGuid().ToString(),
        FunctionId = function.FunctionId,
        TraceContext = new RpcTraceContext
        {
            TraceParent = string.Create(CultureInfo.InvariantCulture, $"00-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}-01"),
        },
        RetryContext = new RetryContext { RetryCount = retryCount, MaxRetryCount = maxRetryCount },
    };
}
