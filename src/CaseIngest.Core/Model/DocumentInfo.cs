using System.Text.Json.Serialization;

namespace CaseIngest.Core.Model;

public sealed record DocumentInfo
{
    public required string Name { get; init; }
    /// <summary>text | markdown | html | pubmed-html | pubmed-text | pubmed-xml | medline-text | jats-xml | pdf</summary>
    public required string Format { get; init; }
    public required string Sha256 { get; init; }
    /// <summary>Characters (UTF-16 code units) of the extracted plain text.</summary>
    public required int Length { get; init; }
    /// <summary>The extracted plain text; only present when asked for.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Text { get; init; }
}
