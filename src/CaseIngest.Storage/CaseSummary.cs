namespace CaseIngest.Storage;

/// <summary>The summary columns of a stored record, as query results list them.</summary>
public sealed record CaseSummary
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? Title { get; init; }
    public string? Journal { get; init; }
    public int? Year { get; init; }
    public string? Doi { get; init; }
    public string? Pmid { get; init; }
    public required string Format { get; init; }
    public required string Sha256 { get; init; }
    public required string ExtractorVersion { get; init; }
    public DateTimeOffset ProcessedAt { get; init; }
    public IReadOnlyList<string> Drugs { get; init; } = [];
    public IReadOnlyList<string> Markers { get; init; } = [];
    public IReadOnlyList<string> Outcomes { get; init; } = [];
    public IReadOnlyList<string> Diagnoses { get; init; } = [];
    public int FactCount { get; init; }
}
