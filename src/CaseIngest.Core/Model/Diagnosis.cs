namespace CaseIngest.Core.Model;

public sealed record Diagnosis
{
    public required string Patient { get; init; }
    public required string Name { get; init; }
    /// <summary>The OncoTree node that fits the diagnosis, when one does (schema version 2).</summary>
    public OncoTreeNode? Oncotree { get; init; }
    public required Evidence Evidence { get; init; }
}
