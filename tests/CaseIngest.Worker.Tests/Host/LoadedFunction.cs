using System.Text.Json;
using CaseIngest.Worker.Tests.Rpc;

namespace CaseIngest.Worker.Tests.Host;

/// <summary>A function the worker indexed and loaded: its metadata, its bindings as JSON and the load answer.</summary>
internal sealed record LoadedFunction(string Name, string FunctionId, RpcFunctionMetadata Metadata, IReadOnlyList<JsonElement> RawBindings, FunctionLoadResponse Load)
{
    public bool Loaded => Load.Result?.Status == StatusResult.Types.Status.Success;

    /// <summary>The binding whose type ends in "Trigger" (every function has exactly one).</summary>
    public JsonElement Trigger => RawBindings.Single(b => Text(b, "type")?.EndsWith("Trigger", StringComparison.OrdinalIgnoreCase) == true);

    public string TriggerType => Text(Trigger, "type")!;

    public string TriggerName => Text(Trigger, "name")!;

    public static string? Text(JsonElement binding, string property)
    {
        foreach (var p in binding.EnumerateObject())
        {
            if (string.Equals(p.Name, property, StringComparison.OrdinalIgnoreCase))
            {
                return p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : p.Value.GetRawText();
            }
        }

        return null;
    }
}
