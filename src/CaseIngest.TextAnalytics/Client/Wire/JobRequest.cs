using System.Text.Json;

namespace CaseIngest.TextAnalytics.Client.Wire;

/// <summary>
/// The body of <c>POST {endpoint}/language/analyze-text/jobs</c>: the documents and one task of kind Healthcare with
/// UTF-16 code unit offsets, so offsets index .NET strings directly.
/// </summary>
internal static class JobRequest
{
    public const string TaskKind = "Healthcare";

    public static byte[] Create(IReadOnlyList<HealthcareInput> documents, string language, string modelVersion)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("displayName", "caseingest");
            json.WriteStartObject("analysisInput");
            json.WriteStartArray("documents");
            foreach (var document in documents)
            {
                json.WriteStartObject();
                json.WriteString("id", document.Id);
                json.WriteString("language", language);
                json.WriteString("text", document.Text);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteStartArray("tasks");
            json.WriteStartObject();
            json.WriteString("kind", TaskKind);
            json.WriteString("taskName", "health");
            json.WriteStartObject("parameters");
            json.WriteString("modelVersion", modelVersion);
            json.WriteString("stringIndexType", "Utf16CodeUnit");
            json.WriteBoolean("loggingOptOut", true);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
