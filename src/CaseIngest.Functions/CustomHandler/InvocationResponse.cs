using System.Text.Json.Serialization;

namespace CaseIngest.Functions.CustomHandler;

/// <summary>What the Functions host expects back from a non-HTTP invocation. Logs go to Application Insights as they are.</summary>
public sealed record InvocationResponse(
    [property: JsonPropertyName("Outputs")] IReadOnlyDictionary<string, object?> Outputs,
    [property: JsonPropertyName("Logs")] IReadOnlyList<string> Logs,
    [property: JsonPropertyName("ReturnValue")] object? ReturnValue);
