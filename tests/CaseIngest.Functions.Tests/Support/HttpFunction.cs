using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Constraints;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CaseIngest.Functions.Tests.Support;

/// <summary>One HTTP-triggered function of the app, found by its attributes: name, trigger, route matcher and how to call it.</summary>
internal sealed class HttpFunction(string name, MethodInfo method, HttpTriggerAttribute trigger)
{
    public string Name { get; } = name;

    public MethodInfo Method { get; } = method;

    public HttpTriggerAttribute Trigger { get; } = trigger;

    public string Route { get; } = trigger.Route ?? name;

    public IReadOnlyList<string> Methods { get; } = trigger.Methods ?? ["get", "post"];

    private readonly TemplateMatcher _matcher = new(TemplateParser.Parse(trigger.Route ?? name), new RouteValueDictionary());

    private readonly List<(string Parameter, IRouteConstraint Constraint)> _constraints = Constraints(trigger.Route ?? name);

    /// <summary>Whether the request's path matches the route template and its inline constraints (as <c>maxlength(0)</c>).</summary>
    public bool Matches(HttpRequest request, RouteValueDictionary values) =>
        _matcher.TryMatch(request.Path, values)
        && _constraints.All(c => c.Constraint.Match(request.HttpContext, null, c.Parameter, values, RouteDirection.IncomingRequest));

    /// <summary>Calls the function: a new instance of its class, the request, route values by parameter name, the token.</summary>
    public async Task<object?> InvokeAsync(IServiceProvider services, HttpContext context, RouteValueDictionary values, CancellationToken cancellationToken)
    {
        var instance = Method.IsStatic ? null : ActivatorUtilities.CreateInstance(services, Method.DeclaringType!);
        var arguments = Method.GetParameters().Select(p => Bind(p, context, values, cancellationToken)).ToArray();

        var task = (Task)Method.Invoke(instance, arguments)!;
        await task;
        return task.GetType().GetProperty("Result")?.GetValue(task);
    }

    private static List<(string, IRouteConstraint)> Constraints(string route)
    {
        var resolver = new DefaultInlineConstraintResolver(Options.Create(new RouteOptions()), new ServiceCollection().BuildServiceProvider());
        return [.. TemplateParser.Parse(route).Parameters
            .SelectMany(p => p.InlineConstraints.Select(c => (p.Name!, Resolve(resolver, c.Constraint, p.IsOptional))))];
    }

    private static IRouteConstraint Resolve(DefaultInlineConstraintResolver resolver, string text, bool optional)
    {
        var constraint = resolver.ResolveConstraint(text) ?? throw new InvalidOperationException($"Route constraint {text} is unknown.");
        return optional ? new OptionalRouteConstraint(constraint) : constraint;
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
