namespace CaseIngest.TextAnalytics.Client;

/// <summary>A relation between entities of one document (DosageOfMedication, RouteOfMedication, ValueOfExamination …).</summary>
public sealed record HealthcareRelation
{
    public required string RelationType { get; init; }
    public double? ConfidenceScore { get; init; }
    public IReadOnlyList<HealthcareRelationEntity> Entities { get; init; } = [];
}
