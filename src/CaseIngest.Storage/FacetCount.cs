namespace CaseIngest.Storage;

/// <summary>One value of a facet and how many records have it.</summary>
public sealed record FacetCount(string Value, int Count);
