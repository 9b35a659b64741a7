using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using CaseIngest.Functions.Ingest;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace CaseIngest.Functions.Tests.Support;

/// <summary>
/// The host's part of an HTTP invocation, for tests: finds the function whose trigger route and method match the
/// request (host.json sets an empty route prefix: each route is the whole path), binds the <see cref="HttpRequest"/>, route values
/// and cancellation token, calls the function and writes its <see cref="IResult"/> or <see cref="IActionResult"/>
/// as ASP.NET Core integration does. No function matches: 404, as from the host.
/// </summary>
internal sealed class HttpFunctionRouter(IServiceProvider services) : HttpMessageHandler
{
    public static IReadOnlyList<HttpFunction> Functions { get; } = Discover();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Method = request.Method.Method;
        context.Request.Scheme = request.RequestUri!.Scheme;
        context.Request.Host = new HostString(request.RequestUri.Authority);
        context.Request.Path = PathString.FromUriComponent(request.RequestUri);
        context.Request.QueryString = QueryString.FromUriComponent(request.RequestUri);
        var body = new MemoryStream();
        context.Response.Body = body;

        var match = Match(context.Request);
        if (match is null)
        {
            return new HttpResponseMessage(HttpStatusCode.NotFound) { RequestMessage = request };
        }

        var (function, values) = match.Value;
        var result = await function.InvokeAsync(scope.ServiceProvider, context, values, cancellationToken);
        switch (result)
        {
            case IResult value:
                await value.ExecuteAsync(context);
                break;
            case IActionResult action:
                await action.ExecuteResultAsync(new ActionContext(context, new RouteData(values), new ActionDescriptor()));
                break;
            default:
                throw new InvalidOperationException($"{function.Name} returned {result?.GetType().Name ?? "null"}, not an HTTP result.");
        }

        var response = new HttpResponseMessage((HttpStatusCode)context.Response.StatusCode) { RequestMessage = request, Content = new ByteArrayContent(body.ToArray()) };
        foreach (var (name, value) in context.Response.Headers)
        {
            if (!response.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)value))
            {
                response.Content.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)value);
            }
        }

        return response;
    }

    private static (HttpFunction Function, RouteValueDictionary Values)? Match(HttpRequest request)
    {
        foreach (var function in Functions)
        {
            var values = new RouteValueDictionary();
            if (function.Methods.Contains(request.Method, StringComparer.OrdinalIgnoreCase) && function.Matches(request, values))
            {
                return (function, values);
            }
        }

        return null;
    }

    private static List<HttpFunction> Discover() =>
        [.. typeof(IngestCaseReport).Assembly.GetTypes()
            .SelectMany(type => type.GetMethods(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public))
            .Select(method => (Method: method, Function: method.GetCustomAttribute<FunctionAttribute>()))
            .Where(m => m.Function is not null)
            .Select(m => (m.Method, m.Function, Trigger: m.Method.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).SingleOrDefault(a => a is not null)))
            .Where(m => m.Trigger is not null)
            .Select(m => new HttpFunction(m.Function!.Name, m.Method, m.Trigger!))];
}
