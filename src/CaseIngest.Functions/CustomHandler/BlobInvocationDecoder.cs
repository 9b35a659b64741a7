using System.Text;
using System.Text.Json;

namespace CaseIngest.Functions.CustomHandler;

/// <summary>
/// Decodes the host's blob trigger payload <c>{"Data": {"blob": …}, "Metadata": {…}}</c> as the host sends it:
/// blob bytes base64 (with <c>dataType: binary</c>) or, without it, text JSON-encoded twice; metadata strings that
/// may be JSON-quoted; <c>Properties</c> as an object or as a JSON string; no <c>BlobTrigger</c> key, so the name
/// comes from the <c>{name}</c> token of the path, else from <c>Uri</c>.
/// </summary>
public static class BlobInvocationDecoder
{
    public const string BindingName = "blob";

    public static bool TryDecode(JsonElement body, string containerName, out BlobInvocation? invocation, out string reason)
    {
        invocation = null;
        if (body.ValueKind != JsonValueKind.Object)
        {
            reason = "the body is not a JSON object";
            return false;
        }

        var metadata = Property(body, "Metadata");
        var name = metadata is { } m ? Unquote(Property(m, "name")) : null;
        if (string.IsNullOrEmpty(name) && metadata is { } withUri && Unquote(Property(withUri, "Uri")) is { Length: > 0 } uri)
        {
            name = NameFromUri(uri, containerName);
        }

        if (string.IsNullOrEmpty(name))
        {
            reason = "the metadata has neither a name nor a Uri";
            return false;
        }

        byte[]? bytes = null;
        if (Property(body, "Data") is { ValueKind: JsonValueKind.Object } data)
        {
            var blob = Property(data, BindingName);
            if (blob is null)
            {
                foreach (var candidate in data.EnumerateObject())
                {
                    blob = candidate.Value;
                    break;
                }
            }

            bytes = blob is { ValueKind: JsonValueKind.String } value ? DecodeBlob(value.GetString()!) : null;
        }

        invocation = new BlobInvocation(name, bytes, metadata is { } p ? ETagOf(p) : null);
        reason = "";
        return true;
    }

    private static byte[] DecodeBlob(string value)
    {
        if (value.Length >= 2 && value[0] == '"' && value[^1] == '"')
        {
            return Encoding.UTF8.GetBytes(JsonSerializer.Deserialize<string>(value) ?? "");
        }

        var buffer = new byte[(value.Length * 3 / 4) + 3];
        return Convert.TryFromBase64String(value, buffer, out var written) ? buffer[..written] : Encoding.UTF8.GetBytes(value);
    }

    private static string? ETagOf(JsonElement metadata)
    {
        var properties = Property(metadata, "Properties");
        if (properties is { ValueKind: JsonValueKind.String } text && Unquote(text) is { Length: > 1 } json && json[0] == '{')
        {
            using var document = JsonDocument.Parse(json);
            return Unquote(Property(document.RootElement, "ETag"))?.Trim('"');
        }

        return properties is { ValueKind: JsonValueKind.Object } value ? Unquote(Property(value, "ETag"))?.Trim('"') : null;
    }

    private static string NameFromUri(string uri, string containerName)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed))
        {
            return "";
        }

        var path = Uri.UnescapeDataString(parsed.AbsolutePath);
        var marker = "/" + containerName + "/";
        var at = path.IndexOf(marker, StringComparison.Ordinal);
        return at < 0 ? "" : path[(at + marker.Length)..];
    }

    /// <summary>A metadata string, with one layer of JSON quoting removed when present.</summary>
    private static string? Unquote(JsonElement? element)
    {
        if (element is not { ValueKind: JsonValueKind.String } value)
        {
            return null;
        }

        var text = value.GetString()!;
        if (text.Length >= 2 && text[0] == '"' && text[^1] == '"')
        {
            try
            {
                return JsonSerializer.Deserialize<string>(text);
            }
            catch (JsonException)
            {
                return text;
            }
        }

        return text;
    }

    private static JsonElement? Property(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }
}
