using System.Net.Sockets;
using CaseIngest.Worker.Tests.Rpc;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;

namespace CaseIngest.Worker.Tests.Host;

/// <summary>
/// HTTP functions with ASP.NET Core integration, as the host runs them: the host finds the function whose route and
/// method match, forwards the HTTP request to the worker's HttpUri with header <c>x-ms-invocation-id</c> and, at the
/// same time, sends the InvocationRequest with that id; the worker pairs the two and answers the HTTP request.
/// </summary>
internal sealed class HttpInvoker(HostDouble host) : IDisposable
{
    public const string InvocationHeader = "x-ms-invocation-id";

    private readonly HttpClient _client = new() { Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>The route prefix the app's host.json sets, as the host reads it.</summary>
    public string RoutePrefix { get; } = HostRoutePrefix.Read(host.AppDirectory);

    public async Task<(HttpResponseMessage Response, InvocationResponse Invocation)> SendAsync(HttpMethod method, string pathAndQuery)
    {
        var workerUri = host.HttpUri ?? throw new InvalidOperationException("The worker did not advertise an HttpUri capability.");
        var url = new Uri(workerUri, pathAndQuery);
        var (function, routeValues) = Find(method, url.AbsolutePath);
        var invocation = Invocations.Http(function, method.Method, url, routeValues);
        var http = ForwardAsync(method, url, invocation.InvocationId);
        var invoked = host.InvokeAsync(invocation);
        await Task.WhenAll(http, invoked).ConfigureAwait(false);
        return (await http.ConfigureAwait(false), await invoked.ConfigureAwait(false));
    }

    public void Dispose() => _client.Dispose();

    /// <summary>
    /// Sends the request to the worker; while the worker's HTTP listener is still starting (connection refused), tries
    /// again for a few seconds, as the host's forwarder does.
    /// </summary>
    private async Task<HttpResponseMessage> ForwardAsync(HttpMethod method, Uri url, string invocationId)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, url);
            request.Headers.Add(InvocationHeader, invocationId);
            try
            {
                return await _client.SendAsync(request).ConfigureAwait(false);
            }
            catch (HttpRequestException ex) when (ex.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused } && attempt < 40)
            {
                await Task.Delay(250).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// The function whose method and route match, the most specific route first (literal segments before
    /// parameters), as the host's router orders them.
    /// </summary>
    private (LoadedFunction Function, IReadOnlyDictionary<string, string> RouteValues) Find(HttpMethod method, string path)
    {
        var candidates = host.Functions.Values
            .Where(f => string.Equals(f.TriggerType, "httpTrigger", StringComparison.OrdinalIgnoreCase))
            .Where(f => AcceptsMethod(f, method))
            .Select(f => (Function: f, Template: TemplateParser.Parse(HostRoutePrefix.Template(RoutePrefix, LoadedFunction.Text(f.Trigger, "route") ?? f.Name))))
            .OrderBy(c => RoutePrecedence.ComputeInbound(c.Template));
        foreach (var (function, template) in candidates)
        {
            var values = new RouteValueDictionary();
            if (new TemplateMatcher(template, new RouteValueDictionary()).TryMatch(path, values))
            {
                return (function, values.ToDictionary(v => v.Key, v => Convert.ToString(v.Value, System.Globalization.CultureInfo.InvariantCulture) ?? ""));
            }
        }

        throw new InvalidOperationException($"No HTTP function answers {method} {path}.");
    }

    private static bool AcceptsMethod(LoadedFunction function, HttpMethod method)
    {
        var methods = function.Trigger.TryGetProperty("methods", out var list) ? list.EnumerateArray().Select(m => m.GetString()).ToList() : [];
        return methods.Count == 0 || methods.Contains(method.Method, StringComparer.OrdinalIgnoreCase);
    }
}
