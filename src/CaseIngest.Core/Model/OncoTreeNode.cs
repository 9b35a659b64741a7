namespace CaseIngest.Core.Model;

/// <summary>An OncoTree node: its code, name, main type and tissue, as the OncoTree release names them.</summary>
public sealed record OncoTreeNode
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public string? MainType { get; init; }
    public string? Tissue { get; init; }
}
