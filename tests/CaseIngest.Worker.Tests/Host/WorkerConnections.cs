using System.Collections.Concurrent;

namespace CaseIngest.Worker.Tests.Host;

/// <summary>The event streams the workers opened, by worker id (the id the host gave on the command line).</summary>
internal sealed class WorkerConnections
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<WorkerConnection>> _connections = new(StringComparer.Ordinal);

    public void Accept(WorkerConnection connection) => Slot(connection.WorkerId).TrySetResult(connection);

    public Task<WorkerConnection> WaitAsync(string workerId, TimeSpan timeout) => Slot(workerId).Task.WaitAsync(timeout);

    private TaskCompletionSource<WorkerConnection> Slot(string workerId) =>
        _connections.GetOrAdd(workerId, _ => new TaskCompletionSource<WorkerConnection>(TaskCreationOptions.RunContinuationsAsynchronously));
}
