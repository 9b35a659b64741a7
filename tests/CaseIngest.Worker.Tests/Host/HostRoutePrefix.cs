using System.Text.Json;

namespace CaseIngest.Worker.Tests.Host;

/// <summary>
/// The prefix the host puts before every HTTP function's route: <c>extensions.http.routePrefix</c> in the app's
/// host.json, "api" when host.json or the setting is missing; an empty string means routes are used as written.
/// </summary>
internal static class HostRoutePrefix
{
    public const string Default = "api";

    public static string Read(string appDirectory)
    {
        var path = Path.Combine(appDirectory, "host.json");
        if (!File.Exists(path))
        {
            return Default;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return Parse(document.RootElement);
    }

    public static string Parse(JsonElement hostJson) =>
        hostJson.TryGetProperty("extensions", out var extensions)
        && extensions.TryGetProperty("http", out var http)
        && http.TryGetProperty("routePrefix", out var prefix)
        && prefix.ValueKind == JsonValueKind.String
            ? prefix.GetString()!.Trim('/')
            : Default;

    /// <summary>The template the host matches: the prefix and the function's route, joined by one slash.</summary>
    public static string Template(string prefix, string route)
    {
        var trimmed = route.TrimStart('/');
        return prefix.Length == 0 ? trimmed : prefix + "/" + trimmed;
    }
}
