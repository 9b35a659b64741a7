namespace CaseIngest.TextAnalytics.Client;

/// <summary>A relation between entities of one document (DosageOfMedication, RouteOfMedication, ValueOfExamination …).</summary>
public sealed record HealthcareRelation
{
    public required string RelationType { get; init; }
    public double? ConfidenceScore { get; init; }
    public IReadOnlyList<HealthcareRelationEntity> Entities { get => _entities; init => _entities = value ?? []; }

    // A list the answer writes as null reads as empty.
    private readonly IReadOnlyList<HealthcareRelationEntity> _entities = [];
}
