namespace CaseIngest.TextAnalytics.Reading;

/// <summary>A relation between placed entities: its type and, per member, its role and its index in <see cref="HealthcareReading.Entities"/>.</summary>
public sealed record PlacedRelation(string RelationType, IReadOnlyList<(string Role, int Entity)> Members);
