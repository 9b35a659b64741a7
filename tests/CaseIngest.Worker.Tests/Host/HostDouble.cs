using System.Net;
using CaseIngest.Worker.Tests.Rpc;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CaseIngest.Worker.Tests.Host;

/// <summary>
/// A test double of the Azure Functions host: serves the worker gRPC protocol on 127.0.0.1 (HTTP/2 without TLS, a
/// free port), starts the worker process as the host does, and drives it: StartStream from the worker, then
/// WorkerInitRequest, FunctionsMetadataRequest and one FunctionLoadRequest per function the metadata names. After
/// that it invokes functions; the delivery semantics of the triggers (retries, poison) are in
/// <see cref="TriggerDelivery"/>.
/// </summary>
internal sealed class HostDouble : IAsyncDisposable
{
    public const string HostVersion = "4.1040.0";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly WebApplication _server;
    private readonly WorkerConnections _connections;
    private readonly string _workerAssembly;
    private readonly IReadOnlyDictionary<string, string> _settings;

    private HostDouble(WebApplication server, WorkerConnections connections, int port, string workerAssembly, IReadOnlyDictionary<string, string> settings)
    {
        _server = server;
        _connections = connections;
        Port = port;
        _workerAssembly = workerAssembly;
        _settings = settings;
    }

    public int Port { get; }

    public string AppDirectory => Path.GetDirectoryName(_workerAssembly)!;

    /// <summary>The app settings the worker was started with (the host resolves %name% binding expressions from them).</summary>
    public IReadOnlyDictionary<string, string> Settings => _settings;

    public WorkerProcess? Process { get; private set; }

    public WorkerConnection? Connection { get; private set; }

    public WorkerInitResponse? Init { get; private set; }

    public IReadOnlyDictionary<string, LoadedFunction> Functions { get; private set; } = new Dictionary<string, LoadedFunction>();

    /// <summary>The worker's own HTTP endpoint for ASP.NET Core integration (capability HttpUri), when it has one.</summary>
    public Uri? HttpUri => Init?.Capabilities.TryGetValue("HttpUri", out var uri) == true ? new Uri(uri) : null;

    public static async Task<HostDouble> StartAsync(string workerAssembly, IReadOnlyDictionary<string, string> settings)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2);
            kestrel.Limits.MaxRequestBodySize = null;
        });
        builder.Services.AddGrpc(options =>
        {
            options.MaxReceiveMessageSize = null;
            options.MaxSendMessageSize = null;
        });
        var connections = new WorkerConnections();
        builder.Services.AddSingleton(connections);
        var app = builder.Build();
        app.MapGrpcService<FunctionRpcService>();
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new HostDouble(app, connections, new Uri(address).Port, workerAssembly, settings);
    }

    /// <summary>Starts a worker process and brings it to the point where every function is loaded.</summary>
    public async Task StartWorkerAsync()
    {
        Process?.Dispose();
        Process = WorkerProcess.Start(_workerAssembly, Port, _settings);
        try
        {
            Connection = await _connections.WaitAsync(Process.WorkerId, StartTimeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new InvalidOperationException("The worker did not open its event stream:\n" + Process.RecentOutput);
        }

        var init = await Connection.RequestAsync(new StreamingMessage
        {
            WorkerInitRequest = new WorkerInitRequest
            {
                HostVersion = HostVersion,
                WorkerDirectory = AppDirectory,
                FunctionAppDirectory = AppDirectory,
            },
        }, StartTimeout).ConfigureAwait(false);
        Init = init.WorkerInitResponse;
        Ensure(Init.Result, "WorkerInitRequest");

        var metadata = await Connection.RequestAsync(new StreamingMessage
        {
            FunctionsMetadataRequest = new FunctionsMetadataRequest { FunctionAppDirectory = AppDirectory },
        }, StartTimeout).ConfigureAwait(false);
        Ensure(metadata.FunctionMetadataResponse.Result, "FunctionsMetadataRequest");

        var loads = metadata.FunctionMetadataResponse.FunctionMetadataResults.Select(LoadAsync);
        Functions = (await Task.WhenAll(loads).ConfigureAwait(false)).ToDictionary(f => f.Name, StringComparer.Ordinal);
    }

    /// <summary>Sends one invocation and waits for its response.</summary>
    public async Task<InvocationResponse> InvokeAsync(InvocationRequest request, TimeSpan? timeout = null)
    {
        var connection = Connection ?? throw new InvalidOperationException("No worker is running.");
        var answer = await connection.RequestAsync(new StreamingMessage { InvocationRequest = request }, timeout ?? TimeSpan.FromSeconds(60)).ConfigureAwait(false);
        return answer.InvocationResponse;
    }

    /// <summary>Kills the worker process (SIGKILL) and waits until its event stream has ended.</summary>
    public async Task KillWorkerAsync()
    {
        Process?.Kill();
        if (Connection is not null)
        {
            await Connection.Closed.WaitAsync(TimeSpan.FromSeconds(30)).ConfigureAwait(false);
        }
    }

    /// <summary>Asks the worker to stop (WorkerTerminate) and waits for it; kills it when it does not.</summary>
    public async Task StopWorkerAsync()
    {
        if (Process is null)
        {
            return;
        }

        if (Connection is not null && !Connection.Closed.IsCompleted)
        {
            await Connection.SendAsync(new StreamingMessage
            {
                WorkerTerminate = new WorkerTerminate { GracePeriod = Google.Protobuf.WellKnownTypes.Duration.FromTimeSpan(TimeSpan.FromSeconds(5)) },
            }).ConfigureAwait(false);
        }

        if (!await Process.WaitForExitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false))
        {
            Process.Kill();
        }

        Process.Dispose();
        Process = null;
    }

    /// <summary>The worker's logs for an invocation, and its console output: for failure messages.</summary>
    public string Diagnostics(string? invocationId = null)
    {
        var logs = Connection?.Logs.Where(l => invocationId is null || l.InvocationId == invocationId)
            .Select(l => $"[{l.Level}] {l.Category}: {l.Message} {l.Exception?.Message}") ?? [];
        return string.Join('\n', logs.TakeLast(40)) + "\n--- console ---\n" + Process?.RecentOutput;
    }

    public async ValueTask DisposeAsync()
    {
        await StopWorkerAsync().ConfigureAwait(false);
        await _server.StopAsync().ConfigureAwait(false);
        await _server.DisposeAsync().ConfigureAwait(false);
    }

    private async Task<LoadedFunction> LoadAsync(RpcFunctionMetadata metadata)
    {
        var functionId = string.IsNullOrEmpty(metadata.FunctionId) ? Guid.NewGuid().ToString() : metadata.FunctionId;
        metadata.FunctionId = functionId;
        metadata.Directory = AppDirectory;
        var bindings = BindingInfos.Parse(metadata);
        BindingInfos.Fill(metadata, bindings);
        var answer = await Connection!.RequestAsync(new StreamingMessage
        {
            FunctionLoadRequest = new FunctionLoadRequest { FunctionId = functionId, Metadata = metadata },
        }, StartTimeout).ConfigureAwait(false);
        return new LoadedFunction(metadata.Name, functionId, metadata, bindings, answer.FunctionLoadResponse);
    }

    private void Ensure(StatusResult? result, string step)
    {
        if (result?.Status != StatusResult.Types.Status.Success)
        {
            throw new InvalidOperationException($"{step} failed: {result?.Exception?.Message}\n{Diagnostics()}");
        }
    }
}
