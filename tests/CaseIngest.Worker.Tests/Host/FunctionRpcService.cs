using CaseIngest.Worker.Tests.Rpc;
using Grpc.Core;

namespace CaseIngest.Worker.Tests.Host;

/// <summary>
/// The host's side of <c>FunctionRpc.EventStream</c>: the worker opens the stream and says StartStream with its id;
/// from then on the host sends requests and the worker answers on the same stream.
/// </summary>
internal sealed class FunctionRpcService(WorkerConnections connections) : FunctionRpc.FunctionRpcBase
{
    public override async Task EventStream(IAsyncStreamReader<StreamingMessage> requestStream, IServerStreamWriter<StreamingMessage> responseStream, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(requestStream);
        ArgumentNullException.ThrowIfNull(context);
        if (!await requestStream.MoveNext(context.CancellationToken).ConfigureAwait(false)
            || requestStream.Current.ContentCase != StreamingMessage.ContentOneofCase.StartStream)
        {
            throw new Grpc.Core.RpcException(new Status(StatusCode.FailedPrecondition, "The first message on the stream must be StartStream."));
        }

        var connection = new WorkerConnection(requestStream.Current.StartStream.WorkerId);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken);
        var pump = connection.PumpAsync(responseStream, stop.Token);
        connections.Accept(connection);
        try
        {
            while (await requestStream.MoveNext(stop.Token).ConfigureAwait(false))
            {
                connection.Receive(requestStream.Current);
            }
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or Grpc.Core.RpcException or InvalidOperationException)
        {
            // The worker went away: a killed process resets the connection.
        }
        finally
        {
            connection.Close();
            await stop.CancelAsync().ConfigureAwait(false);
            try
            {
                await pump.ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or OperationCanceledException or Grpc.Core.RpcException or InvalidOperationException)
            {
                // Nothing more can be written to a stream that has ended.
            }
        }
    }
}
