namespace CaseIngest.TextAnalytics.Client.Wire;

/// <summary>One task's state and results; a Healthcare task's kind is <c>HealthcareLROResults</c>.</summary>
internal sealed record JobTaskItem
{
    public string? Kind { get; init; }
    public string? Status { get; init; }
    public HealthcareTaskResults? Results { get; init; }
}
