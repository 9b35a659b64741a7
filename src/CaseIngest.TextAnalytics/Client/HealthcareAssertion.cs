namespace CaseIngest.TextAnalytics.Client;

/// <summary>
/// How an entity is asserted: certainty (positive, positivePossible, neutralPossible, negativePossible, negative),
/// conditionality (hypothetical, conditional), association (subject, other) and temporality (current, past, future).
/// </summary>
public sealed record HealthcareAssertion
{
    public string? Certainty { get; init; }
    public string? Conditionality { get; init; }
    public string? Association { get; init; }
    public string? Temporality { get; init; }
}
