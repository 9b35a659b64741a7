using System.Collections.Concurrent;
using System.Threading.Channels;
using CaseIngest.Worker.Tests.Rpc;
using Grpc.Core;

namespace CaseIngest.Worker.Tests.Host;

/// <summary>
/// One worker's event stream, host side: messages to the worker are queued and written in order; every answer is
/// matched to its request by request id; the worker's logs are kept. When the stream ends (the worker exited or was
/// killed) every request still waiting fails with <see cref="WorkerGoneException"/>.
/// </summary>
internal sealed class WorkerConnection(string workerId)
{
    private readonly Channel<StreamingMessage> _outgoing = Channel.CreateUnbounded<StreamingMessage>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<string, TaskCompletionSource<StreamingMessage>> _pending = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string WorkerId { get; } = workerId;

    public ConcurrentQueue<RpcLog> Logs { get; } = new();

    public Task Closed => _closed.Task;

    /// <summary>Sends <paramref name="message"/> (given a fresh request id) and waits for the worker's answer to it.</summary>
    public async Task<StreamingMessage> RequestAsync(StreamingMessage message, TimeSpan timeout)
    {
        message.RequestId = Guid.NewGuid().ToString();
        var answer = new TaskCompletionSource<StreamingMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[message.RequestId] = answer;
        if (_closed.Task.IsCompleted)
        {
            answer.TrySetException(new WorkerGoneException(WorkerId));
        }

        await _outgoing.Writer.WriteAsync(message).ConfigureAwait(false);
        try
        {
            return await answer.Task.WaitAsync(timeout).ConfigureAwait(false);
        }
        finally
        {
            _pending.TryRemove(message.RequestId, out _);
        }
    }

    /// <summary>Sends a message that has no answer (WorkerTerminate).</summary>
    public ValueTask SendAsync(StreamingMessage message) => _outgoing.Writer.WriteAsync(message);

    public void Receive(StreamingMessage message)
    {
        if (message.ContentCase == StreamingMessage.ContentOneofCase.RpcLog)
        {
            Logs.Enqueue(message.RpcLog);
            while (Logs.Count > 2000 && Logs.TryDequeue(out _))
            {
            }

            return;
        }

        if (_pending.TryGetValue(message.RequestId, out var answer))
        {
            answer.TrySetResult(message);
        }
    }

    /// <summary>Writes queued messages to the worker until the stream ends.</summary>
    public async Task PumpAsync(IServerStreamWriter<StreamingMessage> stream, CancellationToken cancellationToken)
    {
        await foreach (var message in _outgoing.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            await stream.WriteAsync(message, cancellationToken).ConfigureAwait(false);
        }
    }

    public void Close()
    {
        _outgoing.Writer.TryComplete();
        _closed.TrySetResult();
        foreach (var answer in _pending.Values)
        {
            answer.TrySetException(new WorkerGoneException(WorkerId));
        }
    }
}
