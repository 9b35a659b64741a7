namespace CaseIngest.TextAnalytics.Reading;

/// <summary>
/// The service's limits for Text Analytics for Health (web API): 125,000 characters per document, 25 documents per
/// request and 125,000 characters over all documents of a request. Smaller limits make smaller jobs.
/// </summary>
public sealed record HealthcareLimits
{
    public int MaxCharactersPerDocument { get; init; } = 125_000;

    public int MaxDocumentsPerRequest { get; init; } = 25;

    public int MaxCharactersPerRequest { get; init; } = 125_000;

    public static HealthcareLimits Service { get; } = new();

    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxCharactersPerDocument, 16);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDocumentsPerRequest, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxCharactersPerRequest, MaxCharactersPerDocument);
    }
}
