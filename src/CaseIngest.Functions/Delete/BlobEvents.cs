using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CaseIngest.Functions.Delete;

/// <summary>
/// Reads a storage event that Event Grid delivered to a queue: one event in the Event Grid schema (<c>eventType</c>,
/// <c>subject</c>, <c>data.url</c>) or the CloudEvents schema (<c>type</c>, <c>subject</c>, <c>data.url</c>), alone or
/// as a batch of one. The blob is named by the subject, else by the blob URL.
/// </summary>
internal static partial class BlobEvents
{
    public const string BlobDeletedType = "Microsoft.Storage.BlobDeleted";

    public static BlobEvent Read(string text)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return BlobEvent.Malformed;
        }

        if (root is JsonArray { Count: 1 } batch)
        {
            root = batch[0];
        }

        if (root is not JsonObject message || (Text(message["eventType"]) ?? Text(message["type"])) is not { } type)
        {
            return BlobEvent.Malformed;
        }

        if (!string.Equals(type, BlobDeletedType, StringComparison.Ordinal))
        {
            return BlobEvent.OtherType;
        }

        return FromSubject(Text(message["subject"])) ?? FromUrl(Text(message["data"]?["url"])) ?? BlobEvent.Malformed;
    }

    /// <summary>
    /// <c>/blobServices/default/containers/case-reports/blobs/2024/smith.txt</c> → container <c>case-reports</c>,
    /// blob <c>2024/smith.txt</c>; <c>/blobServices/default/containers/case-reports</c> (no blob) → null.
    /// </summary>
    private static BlobEvent? FromSubject(string? subject) =>
        subject is not null && Subject().Match(subject) is { Success: true } match
            ? new BlobEvent(BlobEventKind.Deleted, match.Groups["container"].Value, match.Groups["name"].Value)
            : null;

    /// <summary>
    /// <c>https://account.blob.core.windows.net/case-reports/2024/smith%20a.txt</c> → <c>case-reports</c>,
    /// <c>2024/smith a.txt</c>; a path-style URL (an IP address or <c>localhost</c>, as the emulator serves)
    /// starts with the account: <c>http://127.0.0.1:10000/devstoreaccount1/case-reports/a.txt</c> → <c>case-reports</c>, <c>a.txt</c>.
    /// </summary>
    private static BlobEvent? FromUrl(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var path = uri.AbsolutePath.TrimStart('/');
        if (IPAddress.TryParse(uri.Host.Trim('[', ']'), out _) || string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            var account = path.IndexOf('/', StringComparison.Ordinal);
            path = account < 0 ? "" : path[(account + 1)..];
        }

        var slash = path.IndexOf('/', StringComparison.Ordinal);
        return slash <= 0 || slash == path.Length - 1
            ? null
            : new BlobEvent(BlobEventKind.Deleted, Uri.UnescapeDataString(path[..slash]), Uri.UnescapeDataString(path[(slash + 1)..]));
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;

    /// <summary>Examples: see <see cref="FromSubject"/>.</summary>
    [GeneratedRegex("^/blobServices/default/containers/(?<container>[^/]+)/blobs/(?<name>.+)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Subject();
}
