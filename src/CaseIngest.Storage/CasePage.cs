namespace CaseIngest.Storage;

/// <summary>One page of query results; <see cref="ContinuationToken"/> is null on the last page.</summary>
public sealed record CasePage(IReadOnlyList<CaseSummary> Items, string? ContinuationToken);
