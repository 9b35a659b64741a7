using CaseIngest.Application;
using Microsoft.AspNetCore.Http;

namespace CaseIngest.Http;

/// <summary>Reads the API's parameters from a request as the local host's binding does (for the HTTP functions).</summary>
public static class RequestParameters
{
    public static CaseQueryInput CaseQuery(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var input = CaseQueryInput.From(name => Query(request, name));
        input.Parameters = request.Query.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)[.. p.Value.Select(v => v ?? "")], StringComparer.Ordinal);
        return input;
    }

    public static string? Query(HttpRequest request, string name)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Query.TryGetValue(name, out var value) ? value.ToString() : null;
    }

    /// <summary>A true/false query flag; false when absent, and not valid when it is something else.</summary>
    public static bool TryFlag(HttpRequest request, string name, out bool value)
    {
        value = false;
        var text = Query(request, name);
        return string.IsNullOrEmpty(text) || bool.TryParse(text, out value);
    }

    /// <summary>The answer to a flag that is not true or false, as the local host's binding gives it (400).</summary>
    public static IResult InvalidFlag(string name) =>
        AnswerResults.ToResult(QueryAnswer.Invalid(name, $"{name} must be true or false."));
}
