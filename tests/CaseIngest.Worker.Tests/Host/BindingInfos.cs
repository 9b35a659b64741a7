using System.Text.Json;
using CaseIngest.Worker.Tests.Rpc;

namespace CaseIngest.Worker.Tests.Host;

/// <summary>
/// What the host does with a function's raw bindings before the load request: each JSON binding becomes a
/// <see cref="BindingInfo"/> (type, direction, data type, properties) keyed by the binding's name.
/// </summary>
internal static class BindingInfos
{
    public static IReadOnlyList<JsonElement> Parse(RpcFunctionMetadata metadata) =>
        [.. metadata.RawBindings.Select(raw => JsonDocument.Parse(raw).RootElement.Clone())];

    public static void Fill(RpcFunctionMetadata metadata, IReadOnlyList<JsonElement> bindings)
    {
        metadata.Bindings.Clear();
        foreach (var binding in bindings)
        {
            var info = new BindingInfo
            {
                Type = LoadedFunction.Text(binding, "type") ?? "",
                Direction = (LoadedFunction.Text(binding, "direction") ?? "in").ToLowerInvariant() switch
                {
                    "out" => BindingInfo.Types.Direction.Out,
                    "inout" => BindingInfo.Types.Direction.Inout,
                    _ => BindingInfo.Types.Direction.In,
                },
                DataType = (LoadedFunction.Text(binding, "dataType") ?? "").ToLowerInvariant() switch
                {
                    "string" => BindingInfo.Types.DataType.String,
                    "binary" => BindingInfo.Types.DataType.Binary,
                    "stream" => BindingInfo.Types.DataType.Stream,
                    _ => BindingInfo.Types.DataType.Undefined,
                },
            };
            if (binding.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in properties.EnumerateObject())
                {
                    info.Properties[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : property.Value.GetRawText();
                }
            }

            metadata.Bindings[LoadedFunction.Text(binding, "name") ?? ""] = info;
        }
    }
}
