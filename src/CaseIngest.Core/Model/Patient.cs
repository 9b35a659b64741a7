namespace CaseIngest.Core.Model;

public sealed record Patient
{
    public required string Id { get; init; }
    public double? AgeYears { get; init; }
    /// <summary>male | female</summary>
    public string? Sex { get; init; }
}
