using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace CaseIngest.Functions.Tests.Support;

/// <summary>Blob trigger invocations in the shape the Functions host sends them, posted to the handler.</summary>
internal static class HostPayloads
{
    /// <summary>A blob trigger delivery: bytes base64 (dataType binary), name and ETag JSON-quoted as the host does.</summary>
    public static string BlobTrigger(string name, byte[] bytes, string etag) => JsonSerializer.Serialize(new
    {
        Data = new { blob = Convert.ToBase64String(bytes) },
        Metadata = new
        {
            name = JsonSerializer.Serialize(name),
            Uri = JsonSerializer.Serialize("http://127.0.0.1:10000/devstoreaccount1/case-reports/" + Uri.EscapeDataString(name)),
            Properties = new { ETag = "\"" + etag + "\"", Length = bytes.Length },
        },
    });

    /// <summary>A delivery that names the blob only (the handler reads it from storage).</summary>
    public static string ByName(string name) => JsonSerializer.Serialize(new { Data = new { }, Metadata = new { name = JsonSerializer.Serialize(name) } });

    public static Task<HttpResponseMessage> PostAsync(this HttpClient client, string payload, CancellationToken cancellationToken = default) =>
        client.PostAsync(new Uri("/IngestCaseReport", UriKind.Relative), new StringContent(payload, Encoding.UTF8, "application/json"), cancellationToken);

    /// <summary>The status the handler reported in ReturnValue (Created, Unchanged, Rejected …).</summary>
    public static async Task<string?> StatusOfAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.TryGetProperty("ReturnValue", out var value) && value.ValueKind == JsonValueKind.Object
            ? value.GetProperty("status").GetString()
            : null;
    }
}
