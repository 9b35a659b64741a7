namespace CaseIngest.Core.Model;

public sealed record OutcomeFact
{
    public required string Patient { get; init; }
    /// <summary>complete-response | partial-response | stable-disease | progressive-disease | tumor-shrinkage | regression |
    /// remission | recurrence | progression-free-survival | overall-survival | death | no-evidence-of-disease</summary>
    public required string Kind { get; init; }
    public double? Value { get; init; }
    /// <summary>% for shrinkage; day | week | month | year for durations.</summary>
    public string? Unit { get; init; }
    /// <summary>"&gt;" | "&lt;" | "≥" | "≤" | "~"</summary>
    public string? Qualifier { get; init; }
    public IReadOnlyList<string> Therapy { get; init; } = [];
    public required Evidence Evidence { get; init; }
}
