namespace CaseIngest.Storage.Keys;

/// <summary>The facets the index holds: one CaseIndex partition per facet value.</summary>
public static class IndexFacet
{
    public const string Drug = "drug";
    public const string Marker = "marker";
    public const string Outcome = "outcome";
    public const string Diagnosis = "diagnosis";
    public const string Doi = "doi";
    public const string Pmid = "pmid";
    /// <summary>Any treatment (drug or radiotherapy) with this status.</summary>
    public const string Status = "status";
    /// <summary>A drug with a given status: value <c>pembrolizumab|not-given</c>.</summary>
    public const string DrugStatus = "drug-status";

    /// <summary>The facets <c>GET /api/facets/{facet}</c> lists.</summary>
    public static IReadOnlyList<string> Listable { get; } = [Drug, Marker, Outcome, Diagnosis, Status];

    public static bool IsListable(string facet) => Listable.Contains(facet, StringComparer.Ordinal);
}
