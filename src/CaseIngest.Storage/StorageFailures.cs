using System.Net.Sockets;
using Azure;

namespace CaseIngest.Storage;

/// <summary>
/// What a failed storage call says about storage: whether it could not be reached or did not answer (an outage to
/// wait out, not a bug or a bad document), whether a container, queue or table is gone, and a short reason fit for a
/// log line.
/// </summary>
public static class StorageFailures
{
    /// <summary>Whether an exception says storage could not be reached or did not answer (rather than a bug or a bad document).</summary>
    public static bool IsUnavailable(Exception exception) => exception switch
    {
        RequestFailedException failed => failed.Status == 0 || failed.Status >= 500 || failed.Status is 408 or 429,
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(IsUnavailable),
        HttpRequestException or IOException or SocketException or TimeoutException => true,
        _ => false,
    };

    /// <summary>Whether a container, queue or table is gone (an emulator that lost its data): create them again.</summary>
    public static bool IsMissingStore(Exception exception) => exception switch
    {
        RequestFailedException { Status: 404, ErrorCode: "ContainerNotFound" or "QueueNotFound" or "TableNotFound" } => true,
        AggregateException { InnerExceptions.Count: > 0 } aggregate => aggregate.InnerExceptions.All(IsMissingStore),
        _ => false,
    };

    /// <summary>A short reason: a status or an error kind, never the exception's message (it can hold a URL).</summary>
    public static string Describe(Exception exception) => exception switch
    {
        AggregateException { InnerExceptions.Count: > 0 } aggregate => $"{Describe(aggregate.InnerExceptions[^1])}, {aggregate.InnerExceptions.Count} tries",
        RequestFailedException { Status: 0, InnerException: { } inner } => Describe(inner),
        RequestFailedException failed => $"HTTP {failed.Status}{(string.IsNullOrEmpty(failed.ErrorCode) ? "" : " " + failed.ErrorCode)}",
        HttpRequestException { InnerException: SocketException socket } => socket.SocketErrorCode.ToString(),
        HttpRequestException http => http.HttpRequestError.ToString(),
        SocketException socket => socket.SocketErrorCode.ToString(),
        TimeoutException or OperationCanceledException => "timed out",
        _ => exception.GetType().Name,
    };
}
