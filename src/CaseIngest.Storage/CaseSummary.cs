namespace CaseIngest.Storage;

/// <summary>The summary columns of a stored record, as query results list them.</summary>
public sealed record CaseSummary
{
    /// <summary>The record that stands for the article (the source with the most facts); <c>GET /api/cases/{id}</c> reads it.</summary>
    public required string Id { get; init; }
    /// <summary>The article the record belongs to (<c>GET /api/articles/{articleId}</c>).</summary>
    public string? ArticleId { get; init; }
    /// <summary>Distinct source documents of the article (the same bytes under two names count once).</summary>
    public int Sources { get; init; } = 1;
    /// <summary>Document names of the article, aliases included.</summary>
    public int Documents { get; init; } = 1;
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
