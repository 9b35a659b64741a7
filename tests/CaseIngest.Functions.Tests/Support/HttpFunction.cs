using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace CaseIngest.Functions.Tests.Support;

/// <summary>One HTTP-triggered function of the app, found by its attributes: name, trigger, route matcher and how to call it.</summary>
internal sealed class HttpFunction(string name, MethodInfo method, HttpTriggerAttribute trigger)
{
    public string Name { get; } = name;

    public HttpTriggerAttribute Trigger { get; } = trigger;

    public string Route { get; } = trigger.Route ?? name;

    public IReadOnlyList<string> Methods { get; } = trigger.Methods ?? ["get", "post"];

    public TemplateMatcher Matcher { get; } = new(TemplateParser.Parse(trigger.Route ?? name), new RouteValueDictionary());

    /// <summary>Calls the function: a new instance of its class, the request, route values by parameter name, the token.</summary>
    public async Task<object?> InvokeAsync(IServiceProvider services, HttpContext context, RouteValueDictionary values, CancellationToken cancellationToken)
    {
        var instance = method.IsStatic ? null : ActivatorUtilities.CreateInstance(services, method.DeclaringType!);
        var arguments = method.GetParameters().Select(p => Bind(p, context, values, cancellationToken)).ToArray();

        var task = (Task)method.Invoke(instance, arguments)!;
        await task;
        return task.GetType().GetProperty("Result")?.GetValue(task);
    }

    private object? Bind(ParameterInfo parameter, HttpContext context, RouteValueDictionary values, CancellationToken cancellationToken)
    {
        if (parameter.ParameterType == typeof(HttpRequest))
        {
            return context.Request;
        }

        if (parameter.ParameterType == typeof(CancellationToken))
        {
            return cancellationToken;
        }

        if (parameter.ParameterType == typeof(string))
        {
            return values.TryGetValue(parameter.Name!, out var value) ? value?.ToString() : null;
        }

        throw new InvalidOperationException($"{Name}: parameter {parameter.Name} of type {parameter.ParameterType.Name} is not bound by this test host.");
    }
}
