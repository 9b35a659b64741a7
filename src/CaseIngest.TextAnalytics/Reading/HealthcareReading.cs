namespace CaseIngest.TextAnalytics.Reading;

/// <summary>
/// The service's reading of one document, in the document's own offsets: the entities (ordered by position), the
/// relations between them, what was sent, and how many entities were dropped because their offsets did not point at
/// their text.
/// </summary>
public sealed record HealthcareReading
{
    public IReadOnlyList<PlacedEntity> Entities { get; init; } = [];
    public IReadOnlyList<PlacedRelation> Relations { get; init; } = [];
    public int DocumentsSent { get; init; }
    public int CharactersSent { get; init; }
    public int Dropped { get; init; }
}
