namespace CaseIngest.TextAnalytics.Client;

/// <summary>The health model's reading of one document of the job.</summary>
public sealed record HealthcareDocumentResult
{
    public required string Id { get; init; }
    public IReadOnlyList<HealthcareEntity> Entities { get; init; } = [];
    public IReadOnlyList<HealthcareRelation> Relations { get; init; } = [];
    public IReadOnlyList<ServiceMessage> Warnings { get; init; } = [];
}
