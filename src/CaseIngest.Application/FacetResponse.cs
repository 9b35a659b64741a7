using CaseIngest.Storage;

namespace CaseIngest.Application;

/// <summary>Values of one facet with the number of records that have each.</summary>
public sealed record FacetResponse(string Facet, IReadOnlyList<FacetCount> Values);
