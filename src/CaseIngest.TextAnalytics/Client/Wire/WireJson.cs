using System.Text.Json;

namespace CaseIngest.TextAnalytics.Client.Wire;

/// <summary>The service's JSON: camelCase, case-insensitive on read.</summary>
internal static class WireJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
