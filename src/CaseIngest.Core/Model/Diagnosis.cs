namespace CaseIngest.Core.Model;

public sealed record Diagnosis
{
    public required string Patient { get; init; }
    public required string Name { get; init; }
    public required Evidence Evidence { get; init; }
}
