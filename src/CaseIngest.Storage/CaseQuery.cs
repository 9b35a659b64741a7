namespace CaseIngest.Storage;

/// <summary>Filters of a case query; every given filter must hold (AND).</summary>
public sealed record CaseQuery
{
    public const int DefaultTop = 50;
    public const int MaxTop = 1000;

    public string? Drug { get; init; }
    public string? Marker { get; init; }
    public string? Outcome { get; init; }
    public string? Diagnosis { get; init; }
    public string? Doi { get; init; }
    public string? Pmid { get; init; }
    /// <summary>Treatment status (given | planned | not-given); with <see cref="Drug"/> it applies to that drug.</summary>
    public string? Status { get; init; }
    /// <summary>Further conditions over the index (OR groups, value ranges), each of which must hold.</summary>
    public IReadOnlyList<IndexFilter> Filters { get; init; } = [];
    public int Top { get; init; } = DefaultTop;
    public string? ContinuationToken { get; init; }
}
