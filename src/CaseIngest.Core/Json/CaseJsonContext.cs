using System.Text.Json.Serialization;
using CaseIngest.Core.Model;

namespace CaseIngest.Core.Json;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(CaseRecord))]
[JsonSerializable(typeof(RejectedDocument))]
internal sealed partial class CaseJsonContext : JsonSerializerContext;
