using System.Text.Json;
using System.Text.Json.Serialization;
using CaseIngest.Application;
using CaseIngest.Core.Vocabulary;

namespace CaseIngest.Cli;

/// <summary>The JSON the query commands print, in the API's web conventions, with metadata generated at build time.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(CaseListResponse))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, IReadOnlyList<Interpretation>>))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
