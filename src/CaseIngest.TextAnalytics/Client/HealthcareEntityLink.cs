namespace CaseIngest.TextAnalytics.Client;

/// <summary>The entity's concept in a vocabulary: <c>{ "dataSource": "RXNORM", "id": "1547545" }</c>.</summary>
public sealed record HealthcareEntityLink
{
    public required string DataSource { get; init; }
    public required string Id { get; init; }
}
