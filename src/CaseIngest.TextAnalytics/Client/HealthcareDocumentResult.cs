namespace CaseIngest.TextAnalytics.Client;

/// <summary>The health model's reading of one document of the job.</summary>
public sealed record HealthcareDocumentResult
{
    public required string Id { get; init; }
    public IReadOnlyList<HealthcareEntity> Entities { get => _entities; init => _entities = value ?? []; }
    public IReadOnlyList<HealthcareRelation> Relations { get => _relations; init => _relations = value ?? []; }
    public IReadOnlyList<ServiceMessage> Warnings { get => _warnings; init => _warnings = value ?? []; }

    // A list the answer writes as null reads as empty.
    private readonly IReadOnlyList<HealthcareEntity> _entities = [];
    private readonly IReadOnlyList<HealthcareRelation> _relations = [];
    private readonly IReadOnlyList<ServiceMessage> _warnings = [];
}
