using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CaseIngest.Core.Model;

namespace CaseIngest.Core.Json;

/// <summary>The contract's JSON: camelCase, nulls written, non-ASCII kept readable, properties in declaration order.</summary>
public static class CaseJson
{
    public static JsonSerializerOptions Options { get; } = Create(indented: false);

    public static JsonSerializerOptions IndentedOptions { get; } = Create(indented: true);

    public static string Serialize(CaseRecord record, bool indented = false) =>
        JsonSerializer.Serialize(record, TypeInfo<CaseRecord>(indented ? IndentedOptions : Options));

    public static string Serialize(RejectedDocument rejection, bool indented = false) =>
        JsonSerializer.Serialize(rejection, TypeInfo<RejectedDocument>(indented ? IndentedOptions : Options));

    /// <summary>The same JSON as <see cref="Serialize(CaseRecord, bool)"/>, as UTF-8 bytes (no string in between).</summary>
    public static byte[] SerializeToUtf8Bytes(CaseRecord record, bool indented = false) =>
        JsonSerializer.SerializeToUtf8Bytes(record, TypeInfo<CaseRecord>(indented ? IndentedOptions : Options));

    /// <summary>The same JSON as <see cref="Serialize(RejectedDocument, bool)"/>, as UTF-8 bytes (no string in between).</summary>
    public static byte[] SerializeToUtf8Bytes(RejectedDocument rejection, bool indented = false) =>
        JsonSerializer.SerializeToUtf8Bytes(rejection, TypeInfo<RejectedDocument>(indented ? IndentedOptions : Options));

    public static CaseRecord? DeserializeRecord(string json) => JsonSerializer.Deserialize(json, TypeInfo<CaseRecord>(Options));

    /// <summary>
    /// Builds the metadata of a record and of a rejection under the options <see cref="Serialize(CaseRecord, bool)"/>
    /// uses, which the first serialisation would otherwise build: a short-lived process can do it beside other work.
    /// The metadata is cached by the options and safe to build from any thread; the JSON written is the same.
    /// </summary>
    public static void Prepare(bool indented = false)
    {
        var options = indented ? IndentedOptions : Options;
        TypeInfo<CaseRecord>(options);
        TypeInfo<RejectedDocument>(options);
    }

    // The source-generated metadata under these options: no reflection, so the code also runs trimmed or compiled ahead of time.
    private static JsonTypeInfo<T> TypeInfo<T>(JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(CaseJsonContext.Default.Options)
        {
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly();
        return options;
    }
}
