using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CaseIngest.Worker.Tests.Support;

/// <summary>
/// A TCP proxy in front of one storage endpoint that reads each HTTP/1.1 request's head and asks <see cref="Gate"/>
/// what to do with it before forwarding it: pass it on, or drop the connection (storage unavailable). The gate may
/// also wait, to hold a request in flight. Responses flow back untouched.
/// </summary>
internal sealed class EndpointProxy : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly int _upstreamPort;
    private readonly CancellationTokenSource _stop = new();

    public EndpointProxy(int upstreamPort)
    {
        _upstreamPort = upstreamPort;
        _listener.Start();
        _ = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Decides on each request (method, path): true forwards it, false drops the connection. Null passes all.</summary>
    public Func<string, string, Task<bool>>? Gate { get; set; }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var upstream = new TcpClient();
        using (client)
        {
            try
            {
                await upstream.ConnectAsync(IPAddress.Loopback, _upstreamPort, _stop.Token).ConfigureAwait(false);
                var fromClient = client.GetStream();
                var toUpstream = upstream.GetStream();
                _ = toUpstream.CopyToAsync(fromClient, _stop.Token).ContinueWith(_ => client.Close(), TaskScheduler.Default);
                var reader = new HttpRequestReader(fromClient);
                while (await reader.ReadHeadAsync(_stop.Token).ConfigureAwait(false) is { } head)
                {
                    if (Gate is { } gate && !await gate(head.Method, head.Path).ConfigureAwait(false))
                    {
                        return;
                    }

                    await toUpstream.WriteAsync(head.Bytes, _stop.Token).ConfigureAwait(false);
                    await reader.CopyBodyAsync(head, toUpstream, _stop.Token).ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // Either side closed the connection.
            }
        }
    }
}
