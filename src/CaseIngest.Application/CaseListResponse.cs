using CaseIngest.Core.Vocabulary;
using CaseIngest.Storage;

namespace CaseIngest.Application;

/// <summary>
/// One page of <c>GET /api/cases</c>: one item per article, the token of the next page, and how each filter value was
/// understood (by parameter name), so an empty answer is never a silent one.
/// </summary>
public sealed record CaseListResponse(
    IReadOnlyList<CaseSummary> Items,
    string? ContinuationToken,
    IReadOnlyDictionary<string, IReadOnlyList<Interpretation>> InterpretedAs);
