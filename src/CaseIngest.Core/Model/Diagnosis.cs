using System.Text.Json.Serialization;

namespace CaseIngest.Core.Model;

public sealed record Diagnosis
{
    public required string Patient { get; init; }
    public required string Name { get; init; }
    /// <summary>The OncoTree node that fits the diagnosis, when one does (schema version 2).</summary>
    public OncoTreeNode? Oncotree { get; init; }
    /// <summary>Which reader found the fact (<see cref="FactSource"/>); absent for the rules' facts.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Source { get; init; }
    /// <summary>Vocabulary concepts a second reader linked the fact to; absent when no second reader ran.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<VocabularyLink>? Links { get; init; }
    public required Evidence Evidence { get; init; }
}
